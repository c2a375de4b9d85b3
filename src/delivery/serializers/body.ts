import { relationId } from '../../utilities/relationId'

/**
 * Article bodies arrive as Lexical JSON of any shape the editor can produce. This turns them into a small, closed
 * model that the HTML and plain-text renderers walk: unknown nodes keep their text and lose their markup, links keep
 * only http(s)/mailto targets, internal links and relationship nodes (which could point at unpublished documents)
 * keep only their text.
 */
export type Mark = 'strong' | 'em' | 's' | 'u' | 'code' | 'sub' | 'sup' | 'mark'

export type Inline =
  { kind: 'text'; text: string; marks: Mark[] } | { kind: 'break' } | { kind: 'link'; href: string; children: Inline[] }

export interface ListItem {
  children: Inline[]
  lists: BodyNode[]
}

export type BodyNode =
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'heading'; level: 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { kind: 'intertitle'; text: string }
  | { kind: 'photoCaption'; id: string }
  | { kind: 'image'; mediaId: string }
  | { kind: 'quote'; text: string; source: string | null }
  | { kind: 'blockquote'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'rule' }

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: Json): Json[] => (Array.isArray(node.children) ? node.children.filter(isObject) : [])
const text = (value: unknown): string => (typeof value === 'string' ? value : '')

const markBits: [number, Mark][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

const safeHref = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  try {
    const url = new URL(value.trim())
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

const inlines = (nodes: Json[]): Inline[] =>
  nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text': {
        const format = typeof node.format === 'number' ? node.format : 0
        return text(node.text)
          ? [
              {
                kind: 'text',
                text: text(node.text),
                marks: markBits.filter(([bit]) => format & bit).map(([, mark]) => mark),
              },
            ]
          : []
      }
      case 'linebreak':
        return [{ kind: 'break' }]
      case 'tab':
        return [{ kind: 'text', text: '\t', marks: [] }]
      case 'link':
      case 'autolink': {
        const fields = isObject(node.fields) ? node.fields : {}
        const href = fields.linkType === 'internal' ? null : safeHref(fields.url ?? node.url)
        const children = inlines(childrenOf(node))
        return href ? [{ kind: 'link', href, children }] : children
      }
      default:
        return inlines(childrenOf(node))
    }
  })

const headingLevel = (tag: unknown): 2 | 3 | 4 | 5 | 6 => {
  const level = typeof tag === 'string' ? Number(tag.replace(/^h/, '')) : 2
  // The headline is the page's only h1.
  return Math.min(6, Math.max(2, Number.isInteger(level) ? level : 2)) as 2 | 3 | 4 | 5 | 6
}

const listItems = (list: Json): ListItem[] =>
  childrenOf(list)
    .filter((item) => item.type === 'listitem')
    .map((item) => {
      const nested = childrenOf(item).filter((child) => child.type === 'list')
      const own = childrenOf(item).filter((child) => child.type !== 'list')
      return { children: inlines(own), lists: nested.flatMap(blockNode) }
    })

const blockNode = (node: Json): BodyNode[] => {
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', children: inlines(childrenOf(node)) }]
    case 'heading':
      return [{ kind: 'heading', level: headingLevel(node.tag), children: inlines(childrenOf(node)) }]
    case 'quote':
      return [{ kind: 'blockquote', children: inlines(childrenOf(node)) }]
    case 'list':
      return [{ kind: 'list', ordered: node.listType === 'number', items: listItems(node) }]
    case 'horizontalrule':
      return [{ kind: 'rule' }]
    case 'upload': {
      const id = node.relationTo === 'media' ? relationId(node.value) : null
      return id ? [{ kind: 'image', mediaId: id }] : []
    }
    case 'block': {
      const fields = isObject(node.fields) ? node.fields : {}
      if (fields.blockType === 'intertitle')
        return text(fields.text).trim() ? [{ kind: 'intertitle', text: text(fields.text) }] : []
      if (fields.blockType === 'quote')
        return text(fields.text).trim()
          ? [{ kind: 'quote', text: text(fields.text), source: text(fields.source) || null }]
          : []
      if (fields.blockType === 'photoCaption') {
        const id = relationId(fields.item)
        return id ? [{ kind: 'photoCaption', id }] : []
      }
      return []
    }
    case 'relationship':
      return []
    default: {
      const children = inlines(childrenOf(node))
      return children.length > 0 ? [{ kind: 'paragraph', children }] : []
    }
  }
}

export const parseBody = (body: unknown): BodyNode[] => {
  const root = isObject(body) && isObject(body.root) ? body.root : null
  return root ? childrenOf(root).flatMap(blockNode) : []
}

/** The photo-caption items and media a body embeds, in order, each once: what to batch-load before rendering. */
export const bodyReferences = (nodes: BodyNode[]): { photoCaptionIds: string[]; mediaIds: string[] } => {
  const photoCaptionIds = new Set<string>()
  const mediaIds = new Set<string>()
  for (const node of nodes) {
    if (node.kind === 'photoCaption') photoCaptionIds.add(node.id)
    if (node.kind === 'image') mediaIds.add(node.mediaId)
  }
  return { photoCaptionIds: [...photoCaptionIds], mediaIds: [...mediaIds] }
}

export const inlineText = (children: Inline[]): string =>
  children
    .map((child) => (child.kind === 'text' ? child.text : child.kind === 'break' ? '\n' : inlineText(child.children)))
    .join('')
