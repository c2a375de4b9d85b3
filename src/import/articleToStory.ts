import type { Article, Brand, PhotoCaption } from '../payload-types'
import type { BodyBlock, ParsedStory } from './parser/types'

type BodyNode = {
  type?: string
  children?: { text?: string }[]
  fields?: { blockType?: string; text?: string; item?: string | PhotoCaption | null }
}

const dateOnly = (value: string | null | undefined): string | null => (value ? value.slice(0, 10) : null)

const captionBlock = (caption: PhotoCaption): BodyBlock => ({
  type: 'caption',
  text: caption.caption,
  date: dateOnly(caption.eventDate),
  dateEnd: dateOnly(caption.eventDateEnd),
  credit: caption.photographer ?? null,
  line: 0,
})

const bodyBlock = (node: BodyNode, captions: Map<string, PhotoCaption>): BodyBlock[] => {
  if (node.type === 'paragraph')
    return [{ type: 'paragraph', text: (node.children ?? []).map((child) => child.text ?? '').join('') }]
  const fields = node.fields
  if (node.type !== 'block' || !fields) return []
  if (fields.blockType === 'intertitle') return [{ type: 'intertitle', text: fields.text ?? '' }]
  if (fields.blockType === 'quote') return [{ type: 'paragraph', text: fields.text ?? '' }]
  if (fields.blockType !== 'photoCaption' || !fields.item) return []
  const caption = typeof fields.item === 'object' ? fields.item : captions.get(fields.item)
  return caption ? [captionBlock(caption)] : []
}

/**
 * An article as the parser's story again, for renderPlainText: the inverse of the import, used to prove nothing is
 * lost on the way in. Photo-caption items come populated in the body or from `captions` (by id).
 */
export const articleToStory = (article: Article, captions: Map<string, PhotoCaption> = new Map()): ParsedStory => ({
  kicker: article.kicker ?? null,
  headline: article.headline,
  subheadline: article.subheadline ?? null,
  byline: article.byline || null,
  brands: (article.brands ?? []).flatMap((brand: string | Brand) =>
    typeof brand === 'object' ? [brand.bylineLabel || brand.name] : [],
  ),
  contributors: (article.contributors ?? []).map(({ role, name, organisation }) => ({
    role,
    name,
    organisation: organisation ?? null,
  })),
  dateline: article.dateline ?? null,
  body: ((article.body?.root.children ?? []) as BodyNode[]).flatMap((node) => bodyBlock(node, captions)),
})
