import type { Router } from 'express'

import type { DeliveryContext } from '../context'
import { jsonRepresentation } from '../http'
import { openApiDocument } from '../openapi'
import { cached, serve } from './respond'

export const metaRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/openapi.json',
    serve(ctx, async () =>
      cached(ctx, 'openapi', async () => jsonRepresentation(openApiDocument(ctx.config.apiBase), ['openapi'])),
    ),
  )
}
