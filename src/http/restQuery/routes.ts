import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guardRestQuery } from './guard'

/** Payload's REST route handlers with the query guard in front: what `/api/[...slug]` serves, and what tests call. */
export const restRoutes = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const guarded = guardRestQuery(config)
  return {
    GET: guarded(REST_GET(config)),
    POST: guarded(REST_POST(config)),
    DELETE: guarded(REST_DELETE(config)),
    PATCH: guarded(REST_PATCH(config)),
    PUT: guarded(REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}
