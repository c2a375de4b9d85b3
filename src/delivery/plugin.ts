import type { CollectionConfig, Config, Plugin } from 'payload'

import { addAutoRun } from '../utilities/addAutoRun'

import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { Webhooks } from './collections/Webhooks'
import { isDeliveredCollection, isDeliveredItem, type DeliveredCollection } from './events'
import { initDelivery } from './init'
import { invalidateDeliveryOnChange, invalidateDeliveryOnDelete } from './invalidation'
import { previewLinkEndpoint } from './preview/endpoint'
import { webhookQueue } from './webhooks/config'
import { deliverWebhookTask } from './webhooks/task'

export interface DeliveryPluginOptions {
  /** The collections /content/v1 serves: a write that changes what readers see purges caches and tells webhooks. */
  collections: DeliveredCollection[]
}

const delivered = (collection: CollectionConfig): CollectionConfig => {
  const { hooks = {} } = collection
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), invalidateDeliveryOnChange],
      afterDelete: [...(hooks.afterDelete ?? []), invalidateDeliveryOnDelete],
    },
    // POST /api/<collection>/:id/preview-link: signed draft links for /content/v1/preview.
    endpoints: isDeliveredItem(collection.slug)
      ? [...(collection.endpoints || []), previewLinkEndpoint(collection.slug)]
      : collection.endpoints,
  }
}

/**
 * What front ends consume, as one piece: cache invalidation on the delivered collections, preview links, webhooks
 * (their collections and delivery queue), and at start-up API keys reserved for /content/v1 and webhooks listening.
 */
export const deliveryPlugin =
  (options: DeliveryPluginOptions): Plugin =>
  (config): Config => {
    const served = new Set<string>(options.collections.filter(isDeliveredCollection))
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          served.has(collection.slug) ? delivered(collection) : collection,
        ),
        Webhooks,
        WebhookDeliveries,
      ],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask],
        // Webhook deliveries on their own queue: a receiver that hangs for its 5 s timeout never delays a publication.
        autoRun: addAutoRun(config.jobs, { cron: '*/5 * * * * *', queue: webhookQueue, limit: 10 }),
      },
      onInit: async (payload) => {
        initDelivery(payload)
        await config.onInit?.(payload)
      },
      loggingLevels: { ...config.loggingLevels, PreviewLinkError: 'info' } as Config['loggingLevels'],
    }
  }
