import type { Where } from 'payload'

import { listArticleSummaries, loadCovers } from '../content/articles'
import type { DeliveryContext } from '../context'
import { encodeListCursor, type ListCursor } from '../cursor'
import { jsonRepresentation, type Representation } from '../http'
import { toArticleSummary } from '../serializers/viewModels'
import type { ArticleSummaryView } from '../serializers/views'

export interface ArticleList {
  items: ArticleSummaryView[]
  nextCursor: string | null
  links: { self: string; next: string | null }
}

const withQuery = (url: string, params: Record<string, string | number | null>): string => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value !== null) search.set(name, String(value))
  const query = search.toString()
  return query ? `${url}?${query}` : url
}

/** One page of article summaries (covers batch-loaded), tagged `lists` plus the brand/section keys it filters by. */
export const articleListRepresentation = async (
  ctx: DeliveryContext,
  {
    filter,
    cursor,
    limit,
    self,
    tags,
  }: { filter: Where | null; cursor: ListCursor | null; limit: number; self: string; tags: string[] },
): Promise<Representation> => {
  const [page, taxonomy] = await Promise.all([listArticleSummaries(ctx.scope, filter, cursor, limit), ctx.taxonomy()])
  const covers = await loadCovers(ctx.scope, page.records)
  const nextCursor = page.next ? encodeListCursor(page.next) : null
  const body: ArticleList = {
    items: page.records.map((record) => toArticleSummary(record, covers, taxonomy, ctx.urls)),
    nextCursor,
    links: {
      self: withQuery(self, { limit, cursor: cursor ? encodeListCursor(cursor) : null }),
      next: nextCursor ? withQuery(self, { limit, cursor: nextCursor }) : null,
    },
  }
  return jsonRepresentation(body, ['lists', ...tags])
}

export const listCacheKey = (scope: string, cursor: ListCursor | null, limit: number): string =>
  `list:${scope}:${limit}:${cursor ? encodeListCursor(cursor) : ''}`
