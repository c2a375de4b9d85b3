import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import { deliveryConfigFromEnv } from '../config'
import { publishedScope } from '../content/scope'
import { loadTaxonomy } from '../content/taxonomy'
import { subscribeDeliveryChanges, type DeliveryChange } from '../events'
import { deliveryUrls } from '../serializers/urls'
import { webhookQueue } from './config'
import { isReviewedDelivery, type ReviewedDelivery } from '../events'
import { loadVariantItem } from './variantItem'
import { webhookEventOf, type EarlierLiveState } from './events'
import { webhookMatches } from './match'
import { deletedItem, webhookItem, type WebhookItemRecord, type WebhookMessage } from './message'

/**
 * The newest earlier version that changed what readers saw: published, or withdrawn (撤稿). Versions record system
 * writes (import, seed) as well as workflow transitions; draft versions in between are skipped. With more than
 * `maxPerDoc` versions since the last publication the earlier one may be pruned, and an update reads as a publish.
 */
const earlierLiveState = async (
  payload: Payload,
  collection: ReviewedDelivery,
  id: string,
): Promise<EarlierLiveState> => {
  const { docs } = await payload.findVersions({
    collection,
    where: {
      and: [
        { parent: { equals: id } },
        { or: [{ 'version._status': { equals: 'published' } }, { 'version.workflowState': { equals: 'withdrawn' } }] },
      ],
    },
    sort: '-updatedAt',
    limit: 2,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  // The newest published version is the one this change wrote.
  const earlier = docs[0]?.version._status === 'published' ? docs[1] : docs[0]
  if (!earlier) return null
  return earlier.version._status === 'published' ? 'published' : 'withdrawn'
}

type LoadedItem = { record: WebhookItemRecord; live: boolean }

/** The live record's public fields (after a withdrawal it still holds the last published text). */
const loadItem = async (payload: Payload, collection: ReviewedDelivery, id: string): Promise<LoadedItem | null> => {
  const options = {
    where: { id: { equals: id } },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  } as const
  if (collection === 'channel-variants') return loadVariantItem(payload, id)
  if (collection === 'articles') {
    const { docs } = await payload.find({
      collection,
      ...options,
      select: { slug: true, headline: true, brands: true, sections: true, _status: true },
    })
    return docs[0] ? { record: { collection, ...docs[0] }, live: docs[0]._status === 'published' } : null
  }
  const { docs } = await payload.find({
    collection,
    ...options,
    select: { slug: true, caption: true, brands: true, sections: true, _status: true },
  })
  return docs[0] ? { record: { collection, ...docs[0] }, live: docs[0]._status === 'published' } : null
}

/**
 * Runs after the writing transaction has committed (the change bus's `committed`), detached from the editor's request:
 * it only queues one `deliverWebhook` job per matching webhook; the jobs runner talks to the receivers.
 */
export const queueWebhookDeliveries = async (payload: Payload, change: DeliveryChange): Promise<number> => {
  if (!isReviewedDelivery(change.collection)) return 0
  const collection = change.collection
  const { docs: webhooks } = await payload.find({
    collection: 'webhooks',
    where: { active: { equals: true } },
    depth: 0,
    limit: 1_000,
    pagination: false,
    overrideAccess: true,
  })
  if (webhooks.length === 0) return 0

  const event = webhookEventOf(
    change,
    change.live && change.operation === 'update' ? await earlierLiveState(payload, collection, change.id) : null,
  )
  const scope = publishedScope(payload)
  const [loaded, taxonomy] = await Promise.all([
    change.operation === 'delete' ? null : loadItem(payload, collection, change.id),
    loadTaxonomy(scope),
  ])
  // The change bus reports a failed visibility check as a loss; a record that is still live was not withdrawn.
  if (event === 'withdraw' && loaded?.live) return 0
  const item = loaded
    ? webhookItem(loaded.record, taxonomy, deliveryUrls(deliveryConfigFromEnv()))
    : deletedItem(change.id)
  const message: WebhookMessage = { id: randomUUID(), event, occurredAt: new Date().toISOString(), collection, item }

  const matching = webhooks.filter((webhook) => webhookMatches(webhook, event, item, taxonomy))
  for (const webhook of matching) {
    await payload.jobs.queue({
      task: 'deliverWebhook',
      queue: webhookQueue,
      input: { webhook: webhook.id, event, payload: message },
    })
  }
  return matching.length
}

/**
 * Payload `onInit`: webhooks hear every reader-visible change this process commits. Each instance hears only its own
 * writes, so each event is queued exactly once however many instances run.
 */
export const startWebhookDispatch = (payload: Payload): void => {
  subscribeDeliveryChanges({
    // Not awaited: the response cache keeps storing nothing until every `committed` listener has returned.
    committed: (change) => {
      // The instance that committed it queues it; the others only hear it through the fan-out.
      if (change.remote) return
      queueWebhookDeliveries(payload, change).catch((error: unknown) =>
        payload.logger.error({
          err: error,
          msg: 'queueing webhook deliveries failed',
          collection: change.collection,
          id: change.id,
        }),
      )
    },
  })
}
