/** A Lexical body of paragraphs and blocks, the shape src/import/storyToLexical produces. */
export const lexicalBody = (
  ...children: (
    { paragraph: string } | { intertitle: string } | { photoCaption: string } | { quote: string; source?: string }
  )[]
) => ({
  root: {
    type: 'root',
    version: 1,
    format: '' as const,
    indent: 0,
    direction: 'ltr' as const,
    children: children.map((child, index) => {
      if ('paragraph' in child) {
        return {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          textFormat: 0,
          children: [
            { type: 'text', version: 1, text: child.paragraph, format: 0, style: '', mode: 'normal', detail: 0 },
          ],
        }
      }
      const id = `t${index.toString(36).padStart(4, '0')}`
      if ('intertitle' in child)
        return {
          type: 'block',
          version: 2,
          format: '',
          fields: { id, blockName: '', blockType: 'intertitle', text: child.intertitle },
        }
      if ('photoCaption' in child)
        return {
          type: 'block',
          version: 2,
          format: '',
          fields: { id, blockName: '', blockType: 'photoCaption', item: child.photoCaption },
        }
      return {
        type: 'block',
        version: 2,
        format: '',
        fields: { id, blockName: '', blockType: 'quote', text: child.quote, source: child.source ?? '' },
      }
    }),
  },
})
