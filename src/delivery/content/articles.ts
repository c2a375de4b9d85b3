import type { Where } from 'payload'

import type { ListCursor } from '../cursor'
import { bodyReferences, parseBody } from '../serializers/body'
import type { ArticleRecord, ArticleSummaryRecord, Embeds } from '../serializers/records'
import { loadMedia } from './media'
import { loadPhotoCaptionsByIds } from './photoCaptions'
import { idsWhere, readOptions, refWhere, visible, type ReadScope } from './scope'
import { relationId } from '../../utilities/relationId'

const summarySelect = {
  kicker: true,
  headline: true,
  subheadline: true,
  slug: true,
  summary: true,
  byline: true,
  contributors: { role: true, name: true, organisation: true },
  cover: true,
  brands: true,
  sections: true,
  tags: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
} as const

const articleSelect = {
  ...summarySelect,
  dateline: true,
  body: true,
  printEdition: { date: true, page: true },
} as const

/** Newest first; id breaks ties so the order is total and a cursor is exact. */
const newestFirst = ['-publishedAt', '-id']

const after = (cursor: ListCursor): Where => ({
  or: [
    { publishedAt: { less_than: cursor.publishedAt } },
    { and: [{ publishedAt: { equals: cursor.publishedAt } }, { id: { less_than: cursor.id } }] },
  ],
})

export interface Page<T> {
  records: T[]
  next: ListCursor | null
}

/**
 * One page of a list, newest first, strictly after `cursor`. Reads limit + 1 rows to know whether another page exists,
 * and never counts (`pagination: false`): counting is a second full scan on every request.
 */
const page = async <T extends { id: string; publishedAt?: string | null }>(
  scope: ReadScope,
  filter: Where | null,
  cursor: ListCursor | null,
  limit: number,
  find: (where: Where, limit: number) => Promise<T[]>,
): Promise<Page<T>> => {
  const conditions: Where[] = [{ publishedAt: { exists: true } }]
  if (filter) conditions.push(filter)
  if (cursor) conditions.push(after(cursor))
  const rows = await find(visible(scope, { and: conditions }), limit + 1)
  const records = rows.slice(0, limit)
  const last = records.at(-1)
  return {
    records,
    next:
      rows.length > limit && last?.publishedAt
        ? { publishedAt: new Date(last.publishedAt).toISOString(), id: last.id }
        : null,
  }
}

export const listArticleSummaries = (
  scope: ReadScope,
  filter: Where | null,
  cursor: ListCursor | null,
  limit: number,
): Promise<Page<ArticleSummaryRecord>> =>
  page(scope, filter, cursor, limit, async (where, rows) => {
    const { docs } = await scope.payload.find({
      collection: 'articles',
      ...readOptions(scope),
      where,
      select: summarySelect,
      sort: newestFirst,
      limit: rows,
      pagination: false,
    })
    return docs
  })

/** Full articles (with bodies): feeds and the search index. */
export const listArticles = (
  scope: ReadScope,
  filter: Where | null,
  limit: number,
  cursor: ListCursor | null = null,
): Promise<Page<ArticleRecord>> =>
  page(scope, filter, cursor, limit, async (where, rows) => {
    const { docs } = await scope.payload.find({
      collection: 'articles',
      ...readOptions(scope),
      where,
      select: articleSelect,
      sort: newestFirst,
      limit: rows,
      pagination: false,
    })
    return docs
  })

export const findArticle = async (scope: ReadScope, ref: string): Promise<ArticleRecord | null> => {
  const { docs } = await scope.payload.find({
    collection: 'articles',
    ...readOptions(scope),
    where: visible(scope, refWhere(ref)),
    select: articleSelect,
    limit: 1,
    pagination: false,
  })
  return docs[0] ?? null
}

/** Full published articles for the given ids (the search index); ids no longer published drop out. */
export const findArticles = async (scope: ReadScope, ids: string[]): Promise<ArticleRecord[]> => {
  if (ids.length === 0) return []
  const { docs } = await scope.payload.find({
    collection: 'articles',
    ...readOptions(scope),
    where: visible(scope, idsWhere(ids)),
    select: articleSelect,
    limit: ids.length,
    pagination: false,
  })
  return docs
}

/** Ids and `updatedAt` of published articles in id order, after `afterId`: what the search index should hold. */
export const listPublishedVersions = async (
  scope: ReadScope,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; updatedAt: string }[]> => {
  const { docs } = await scope.payload.find({
    collection: 'articles',
    ...readOptions(scope),
    where: visible(scope, afterId ? { id: { greater_than: afterId } } : undefined),
    select: { updatedAt: true },
    sort: 'id',
    limit,
    pagination: false,
  })
  return docs.map((doc) => ({ id: doc.id, updatedAt: doc.updatedAt }))
}

/** Published summaries for the given ids, in the given order (search hits); ids no longer published drop out. */
export const findArticleSummaries = async (scope: ReadScope, ids: string[]): Promise<ArticleSummaryRecord[]> => {
  if (ids.length === 0) return []
  const { docs } = await scope.payload.find({
    collection: 'articles',
    ...readOptions(scope),
    where: visible(scope, idsWhere(ids)),
    select: summarySelect,
    limit: ids.length,
    pagination: false,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Covers of a list page in one query. */
export const loadCovers = (scope: ReadScope, articles: ArticleSummaryRecord[]) =>
  loadMedia(
    scope,
    articles.map((article) => relationId(article.cover)).filter((id): id is string => id !== null),
  )

/**
 * Everything the bodies of these articles embed, in two queries whatever their number: the published photo-caption
 * items, then all media (covers, embedded uploads and the items' photos).
 */
export const loadEmbeds = async (
  scope: ReadScope,
  articles: Pick<ArticleRecord, 'body' | 'cover'>[],
): Promise<Embeds> => {
  const photoCaptionIds: string[] = []
  const mediaIds: string[] = []
  for (const article of articles) {
    const refs = bodyReferences(parseBody(article.body))
    photoCaptionIds.push(...refs.photoCaptionIds)
    mediaIds.push(...refs.mediaIds)
    const cover = relationId(article.cover)
    if (cover) mediaIds.push(cover)
  }
  const photoCaptions = await loadPhotoCaptionsByIds(scope, photoCaptionIds)
  for (const item of photoCaptions.values()) {
    const image = relationId(item.image)
    if (image) mediaIds.push(image)
  }
  return { photoCaptions, media: await loadMedia(scope, mediaIds) }
}
