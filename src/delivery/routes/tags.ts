import type { Router } from 'express'

import type { DeliveryContext } from '../context'
import { parseLimit, parseListCursor, parseTag, pathParam, queryValue } from '../http'
import { articleListRepresentation, listCacheKey } from './lists'
import { cached, serve } from './respond'

export const tagRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/tags/:tag/articles',
    serve(ctx, async (req) => {
      const tag = parseTag(pathParam(req, 'tag'))
      const limit = parseLimit(queryValue(req, 'limit'))
      const cursor = parseListCursor(queryValue(req, 'cursor'))
      return cached(ctx, listCacheKey(`tag:${tag}`, cursor, limit), () =>
        articleListRepresentation(ctx, {
          filter: { tags: { in: [tag] } },
          cursor,
          limit,
          self: `${ctx.urls.api('tags', tag)}/articles`,
          tags: [],
        }),
      )
    }),
  )
}
