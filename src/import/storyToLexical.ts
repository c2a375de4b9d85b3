import type { Article } from '../payload-types'
import type { BodyBlock } from './parser/types'

type LexicalNode = Record<string, unknown>
type LexicalBody = NonNullable<Article['body']>

const paragraph = (text: string): LexicalNode => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
})

const block = (id: string, fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id, blockName: '', ...fields },
})

/**
 * The parsed body as Lexical JSON: paragraphs stay paragraphs, intertitles and photo captions become blocks, in the
 * original order. `captionIds[i]` is the photo-caption item created for the i-th caption.
 */
export const storyToLexical = (body: BodyBlock[], captionIds: string[]): LexicalBody => {
  let captionIndex = 0
  const children = body.map((item, position) => {
    const id = `b${position.toString(36).padStart(4, '0')}`
    if (item.type === 'paragraph') return paragraph(item.text)
    if (item.type === 'intertitle') return block(id, { blockType: 'intertitle', text: item.text })
    return block(id, { blockType: 'photoCaption', item: captionIds[captionIndex++] })
  })
  return {
    root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children },
  } as LexicalBody
}
