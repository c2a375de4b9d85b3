import type { Request, RequestHandler, Response, Router } from 'express'

import { clientMayPreview, clientPreviewBrands } from '../../access/apiClients'
import { previewScope, type ReadScope } from '../content/scope'
import type { DeliveryContext } from '../context'
import { HttpError, parseFormat, parseRef, pathParam, queryValue, type Representation } from '../http'
import { articleFormats, articleRepresentation } from '../routes/articles'
import { photoCaptionFormats, photoCaptionRepresentation } from '../routes/photoCaptions'
import { apiClientOfResponse } from './clientAuth'
import type { DeliveredItem } from '../events'
import { previewKey, verifyPreviewToken } from './token'
import { bothLanguages } from '../../i18n'

/**
 * Who may see this item's latest draft: the holder of a signed link for exactly this item, or an API client with the
 * `preview` scope (within its brands). Checked before any read, so a refusal reveals nothing about the item.
 */
const previewScopeFor = (
  ctx: DeliveryContext,
  req: Request,
  res: Response,
  collection: DeliveredItem,
  ref: string | undefined,
): ReadScope => {
  const token = queryValue(req, 'token')
  if (token !== undefined) {
    const check = verifyPreviewToken(token, previewKey(ctx.scope.payload.secret))
    if (!check.ok && check.reason === 'expired')
      throw new HttpError(410, bothLanguages('messages:delivery:routes:thisPreviewLinkHas'))
    if (!check.ok) throw new HttpError(401, bothLanguages('messages:delivery:routes:thisPreviewLinkIs'))
    if (check.grant.collection !== collection || check.grant.id !== ref)
      throw new HttpError(403, bothLanguages('messages:delivery:routes:thisPreviewLinkIs2'))
    return previewScope(ctx.scope.payload, { itemId: check.grant.id })
  }
  const client = apiClientOfResponse(res)
  if (!client) throw new HttpError(401, bothLanguages('messages:delivery:routes:previewNeedsApiKey'))
  if (!clientMayPreview(client)) throw new HttpError(403, bothLanguages('messages:delivery:routes:thisApiKeyMay'))
  return previewScope(ctx.scope.payload, { brandIds: clientPreviewBrands(client) })
}

/** Drafts are for the one who asked: never stored by a browser, proxy or CDN, never indexed. */
const previewHeaders: RequestHandler = (_req, res, next) => {
  res
    .set('Cache-Control', 'private, no-store')
    .set('X-Robots-Tag', 'noindex, nofollow')
    .set('Referrer-Policy', 'no-referrer')
    .vary('Authorization')
  next()
}

/** `end`, not `send`: express would add an ETag, and a response nobody may store has nothing to revalidate. */
const sendPreview = (res: Response, rep: Representation): void => {
  res.status(rep.status).type(rep.contentType).end(rep.body)
}

/**
 * `/content/v1/preview/articles/:ref` and `/content/v1/preview/photo-captions/:ref`: the latest draft, read-only, in
 * the same representations as the published routes. Never goes through the shared response cache.
 */
export const previewRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.use('/preview', previewHeaders)

  router.get('/preview/articles/:ref', async (req, res) => {
    const scope = previewScopeFor(ctx, req, res, 'articles', pathParam(req, 'ref'))
    const ref = parseRef(pathParam(req, 'ref'), 'Article')
    const format = parseFormat(queryValue(req, 'format'), articleFormats)
    sendPreview(res, await articleRepresentation(ctx, ref, format, scope))
  })

  router.get('/preview/photo-captions/:ref', async (req, res) => {
    const scope = previewScopeFor(ctx, req, res, 'photo-captions', pathParam(req, 'ref'))
    const ref = parseRef(pathParam(req, 'ref'), 'Photo caption')
    const format = parseFormat(queryValue(req, 'format'), photoCaptionFormats)
    sendPreview(res, await photoCaptionRepresentation(ctx, ref, format, scope))
  })
}
