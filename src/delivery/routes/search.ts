import type { Router } from 'express'

import { findArticleSummaries, loadCovers } from '../content/articles'
import type { DeliveryContext } from '../context'
import { encodeSearchCursor } from '../cursor'
import { jsonRepresentation, parseLimit, parseSearchCursor, parseSearchQuery, queryValue } from '../http'
import { toArticleSummary } from '../serializers/viewModels'
import type { ArticleSummaryView } from '../serializers/views'
import { cached, serve } from './respond'

export interface SearchResults {
  query: string
  items: (ArticleSummaryView & { score: number })[]
  nextCursor: string | null
}

export const searchRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/search',
    serve(ctx, async (req) => {
      const query = parseSearchQuery(queryValue(req, 'q'))
      const limit = parseLimit(queryValue(req, 'limit'))
      const offset = parseSearchCursor(queryValue(req, 'cursor'))
      return cached(ctx, `search:${limit}:${offset}:${query}`, async () => {
        const { hits: pageHits, more } = await ctx.search.search(query, { offset, limit })
        const [records, taxonomy] = await Promise.all([
          findArticleSummaries(
            ctx.scope,
            pageHits.map((hit) => hit.id),
          ),
          ctx.taxonomy(),
        ])
        const covers = await loadCovers(ctx.scope, records)
        const scores = new Map(pageHits.map((hit) => [hit.id, hit.score]))
        const body: SearchResults = {
          query,
          items: records.map((record) => ({
            ...toArticleSummary(record, covers, taxonomy, ctx.urls),
            score: scores.get(record.id) ?? 0,
          })),
          nextCursor: more ? encodeSearchCursor(offset + limit) : null,
        }
        return jsonRepresentation(body, ['lists'])
      })
    }),
  )
}
