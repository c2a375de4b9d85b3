import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { mayCreatePreviewLink } from '../../access/previewLinks'
import { jsonObjectBody } from '../../http/jsonBody'
import { deliveryConfigFromEnv } from '../config'
import type { DeliveredItem } from '../events'
import { defaultPreviewSeconds, maxPreviewSeconds, previewKey, signPreviewToken } from './token'
import { bothLanguages } from '../../i18n'

/** A refused or malformed preview-link request: the caller's mistake, logged like Payload's own 4xx errors. */
export class PreviewLinkError extends APIError {
  constructor(message: string, status: 400 | 401 | 403 | 404) {
    super(message, status, undefined, true)
    this.name = 'PreviewLinkError'
  }
}

const readLifetime = async (req: PayloadRequest): Promise<number> => {
  const { expiresInSeconds: seconds } = await jsonObjectBody(req)
  if (seconds === undefined) return defaultPreviewSeconds
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > maxPreviewSeconds) {
    throw new PreviewLinkError(
      bothLanguages('messages:delivery:endpoint:expiresinsecondsMustBeInteger', { maxPreviewSeconds }),
      400,
    )
  }
  return seconds
}

/**
 * `POST /api/<collection>/:id/preview-link` with `{ expiresInSeconds? }` (default 1 h, at most 24 h): a /content/v1 URL
 * that shows this item's latest draft to whoever holds it, until it expires. Staff only, and only for items the
 * caller can read.
 */
export const previewLinkEndpoint = (collection: DeliveredItem): Endpoint => ({
  path: '/:id/preview-link',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new PreviewLinkError(bothLanguages('messages:delivery:endpoint:logInToCreate'), 401)
    if (!mayCreatePreviewLink(req.user))
      throw new PreviewLinkError(bothLanguages('messages:delivery:endpoint:onlyNewsroomStaffCreate'), 403)
    const id = String(req.routeParams?.id ?? '')
    const item = await req.payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      select: { updatedAt: true },
      req,
    })
    if (!item) throw new PreviewLinkError(bothLanguages('messages:delivery:endpoint:itemNotFound'), 404)
    const lifetime = await readLifetime(req)
    // Rounded up to whole seconds, so a link lives at least as long as asked.
    const expiresAt = Math.ceil(Date.now() / 1000 + lifetime)
    const token = signPreviewToken({ collection, id: String(item.id), expiresAt }, previewKey(req.payload.secret))
    const url = `${deliveryConfigFromEnv().apiBase}/preview/${collection}/${encodeURIComponent(String(item.id))}?token=${token}`
    return Response.json(
      { url, token, expiresAt: new Date(expiresAt * 1000).toISOString() },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
