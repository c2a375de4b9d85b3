import type { PayloadRequest } from 'payload'

import type { ApiClient } from '../payload-types'
import { relationIds } from '../utilities/relationId'

/** What a front-end key may do on /content/v1; everything through Payload's own API stays anonymous. */
export const apiClientScopes = ['published', 'preview'] as const
export type ApiClientScope = (typeof apiClientScopes)[number]

/** The API client behind a request (Payload's API-key strategy), or null for staff and anonymous readers. */
export const apiClientOf = (user: PayloadRequest['user']): ApiClient | null =>
  user && user.collection === 'api-clients' ? (user as ApiClient & { collection: 'api-clients' }) : null

/** A switched-off client is refused outright on /content/v1, not served as anonymous. */
export const isActiveClient = (client: ApiClient): boolean => client.active !== false

/** Reading the latest draft of an item: an active client with the `preview` scope. */
export const clientMayPreview = (client: ApiClient): boolean =>
  isActiveClient(client) && (client.scopes ?? []).includes('preview')

/** Brands a client's previews are limited to; empty means every brand. */
export const clientPreviewBrands = (client: ApiClient): string[] => relationIds(client.brands)
