import { Router } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload } from 'payload'

import { deliveryConfigFromEnv, type DeliveryConfig } from './config'
import { createDeliveryContext, type DeliveryContext } from './context'
import { deliveryCors } from './cors'
import { sharedRateLimitStore } from './fanout/rateLimitStore'
import { errorHandler, readOnly, routeNotFound, sendError } from './http'
import { authenticateApiClients } from './preview/clientAuth'
import { previewRoutes } from './preview/routes'
import { articleRoutes } from './routes/articles'
import { brandRoutes } from './routes/brands'
import { channelRoutes } from './routes/channels'
import { metaRoutes } from './routes/meta'
import { photoCaptionRoutes } from './routes/photoCaptions'
import { searchRoutes } from './routes/search'
import { sectionRoutes } from './routes/sections'
import { tagRoutes } from './routes/tags'
import { bothLanguages } from '../i18n'

export type DeliveryRouter = Router & { delivery: DeliveryContext }

const rateLimiter = (perMinute: number) =>
  rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: sharedRateLimitStore(),
    // A Redis outage must not take readers down with it: requests pass uncounted until it is back.
    passOnStoreError: true,
    handler: (_req, res) => sendError(res, 429, bothLanguages('messages:delivery:router:tooManyRequestsSlow')),
  })

/**
 * /content/v1: published content for front ends, and latest drafts for previewing clients under /preview.
 * Mount with `app.use('/content/v1', createDeliveryRouter(payload))`.
 */
export const createDeliveryRouter = (payload: Payload, overrides: Partial<DeliveryConfig> = {}): DeliveryRouter => {
  const config = { ...deliveryConfigFromEnv(), ...overrides }
  const ctx = createDeliveryContext(payload, config)
  const router = Router()
  router.use(deliveryCors(config.corsOrigins))
  router.use(readOnly)
  if (config.rateLimitPerMinute > 0) router.use(rateLimiter(config.rateLimitPerMinute))
  router.use(authenticateApiClients(payload))
  for (const routes of [
    previewRoutes,
    articleRoutes,
    photoCaptionRoutes,
    brandRoutes,
    channelRoutes,
    sectionRoutes,
    tagRoutes,
    searchRoutes,
    metaRoutes,
  ])
    routes(router, ctx)
  router.use(routeNotFound)
  router.use(errorHandler(payload))
  return Object.assign(router, { delivery: ctx })
}
