import type { Article, PhotoCaption } from '../payload-types'

type BodyNode = { type?: string; fields?: { blockType?: string; item?: string | PhotoCaption | null } }

/** The photo-caption items embedded in an article body, in order (ids, whether or not the body was populated). */
export const embeddedCaptionIds = (body: Article['body']): string[] =>
  ((body?.root.children ?? []) as BodyNode[]).flatMap((node) => {
    const item = node.type === 'block' && node.fields?.blockType === 'photoCaption' ? node.fields.item : null
    if (!item) return []
    return [typeof item === 'string' ? item : item.id]
  })
