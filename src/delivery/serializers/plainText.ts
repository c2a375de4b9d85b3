import { inlineText, type BodyNode, type ListItem } from './body'
import { stripControl } from './escape'
import type { RenderedEmbeds } from './html'

export interface PlainTextOptions {
  /** Photo captions as "■caption" lines, the paper's own convention; off for word counts and the search index. */
  captions?: boolean
}

const listText = (items: ListItem[], ordered: boolean, depth = 0): string[] =>
  items.flatMap((item, index) => [
    `${'  '.repeat(depth)}${ordered ? `${index + 1}.` : '•'} ${inlineText(item.children).trim()}`,
    ...item.lists.flatMap((list) => (list.kind === 'list' ? listText(list.items, list.ordered, depth + 1) : [])),
  ])

const nodeText = (node: BodyNode, embeds: RenderedEmbeds, options: PlainTextOptions): string => {
  switch (node.kind) {
    case 'paragraph':
    case 'heading':
    case 'blockquote':
      return inlineText(node.children).trim()
    case 'intertitle':
      return node.text.trim()
    case 'quote':
      return `${node.text.trim()}${node.source ? `——${node.source}` : ''}`
    case 'photoCaption': {
      const item = options.captions === false ? undefined : embeds.photoCaptions.get(node.id)
      return item ? `■${item.caption}` : ''
    }
    case 'list':
      return listText(node.items, node.ordered).join('\n')
    case 'image':
    case 'rule':
      return ''
  }
}

/** Plain text of a body: one block per paragraph, separated by blank lines. */
export const renderPlainText = (nodes: BodyNode[], embeds: RenderedEmbeds, options: PlainTextOptions = {}): string =>
  stripControl(
    nodes
      .map((node) => nodeText(node, embeds, options))
      .filter(Boolean)
      .join('\n\n'),
  )
