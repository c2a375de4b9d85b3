import type { Payload } from 'payload'

import { embeddedCaptionIds } from '../../../src/import/bodyCaptions'

export interface ContentCounts {
  articles: number
  captions: number
  /** photo-caption items no article embeds, in its live or its latest version: what a half-built import leaves */
  orphanCaptions: string[]
  /** embedded ids that point nowhere */
  danglingEmbeds: string[]
}

/** Counts articles and photo-caption items and checks that every item belongs to an article and vice versa. */
export const contentCounts = async (payload: Payload): Promise<ContentCounts> => {
  const find = <C extends 'articles' | 'photo-captions'>(collection: C, draft: boolean) =>
    payload.find({ collection, pagination: false, depth: 0, draft, overrideAccess: true })
  const [live, latest, captions] = await Promise.all([
    find('articles', false),
    find('articles', true),
    find('photo-captions', false),
  ])
  const embedded = new Set([...live.docs, ...latest.docs].flatMap((article) => embeddedCaptionIds(article.body)))
  const captionIds = new Set(captions.docs.map((caption) => caption.id))
  return {
    articles: live.totalDocs,
    captions: captions.totalDocs,
    orphanCaptions: [...captionIds].filter((id) => !embedded.has(id)),
    danglingEmbeds: [...embedded].filter((id) => !captionIds.has(id)),
  }
}
