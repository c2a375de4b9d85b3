export { countCharacters } from '../utilities/countCharacters'

/**
 * The text of a Lexical document: its text nodes and the text fields of its blocks (小标题, 引语; the block's own
 * name box `blockName` is an editor's note and does not count), in document order.
 */
export const lexicalText = (value: unknown): string => {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as {
      type?: string
      text?: unknown
      children?: unknown
      root?: unknown
      fields?: Record<string, unknown>
    }
    if (record.root) walk(record.root)
    if (record.type === 'text' && typeof record.text === 'string') out.push(record.text)
    if (record.type === 'block' && record.fields) {
      for (const [key, field] of Object.entries(record.fields))
        if (key !== 'blockName' && key !== 'blockType' && key !== 'id' && typeof field === 'string') out.push(field)
    }
    if (Array.isArray(record.children)) record.children.forEach(walk)
  }
  walk(value)
  return out.join('\n')
}
