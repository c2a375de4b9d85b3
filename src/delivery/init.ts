import type { Payload } from 'payload'

import { reserveApiKeysForDelivery } from './preview/clientAuth'
import { startWebhookDispatch } from './webhooks/dispatch'

/** Payload `onInit`: API keys become a /content/v1 credential only, and webhooks start listening to changes. */
export const initDelivery = (payload: Payload): void => {
  reserveApiKeysForDelivery(payload)
  startWebhookDispatch(payload)
}
