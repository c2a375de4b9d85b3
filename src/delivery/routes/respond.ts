import type { Request, RequestHandler } from 'express'

import type { DeliveryContext } from '../context'
import { sendRepresentation, type Representation } from '../http'

/**
 * A GET handler that produces a representation: parameters are validated first (bad input never reaches the cache),
 * then `cached` builds or reuses the body; ETag, Cache-Control, Surrogate-Key and 304 are handled in one place.
 */
export const serve =
  (ctx: DeliveryContext, produce: (req: Request) => Promise<Representation>): RequestHandler =>
  async (req, res) => {
    sendRepresentation(req, res, await produce(req), ctx.config)
  }

export const cached = (
  ctx: DeliveryContext,
  key: string,
  build: () => Promise<Representation>,
): Promise<Representation> => ctx.responses.getOrCreate(key, build)
