import type { Payload } from 'payload'

import { startFanout } from './fanout/start'
import { redisUrl } from './fanout/redis'
import { reserveApiKeysForDelivery } from './preview/clientAuth'
import { startWebhookDispatch } from './webhooks/dispatch'

/**
 * Payload `onInit`: API keys become a /content/v1 credential only, webhooks start listening to changes, and with
 * REDIS_URL changes fan out to (and in from) the other app instances.
 */
export const initDelivery = (payload: Payload): void => {
  reserveApiKeysForDelivery(payload)
  startWebhookDispatch(payload)
  const redis = redisUrl()
  if (redis) startFanout(payload, redis)
}
