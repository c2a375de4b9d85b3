import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import {
  changeTags,
  hasDeliverySubscribers,
  isDeliveredCollection,
  isReviewedDelivery,
  notifyCommitted,
  notifySettled,
  notifyStarted,
  type DeliveredCollection,
  type DeliveryChange,
} from './events'

export { subscribeDeliveryChanges, type DeliveryChange, type DeliveryChangeListener } from './events'

interface ChangedDoc {
  id?: unknown
  _status?: unknown
  updatedAt?: unknown
}

// The MongoDB adapter may hand back Date objects where SQLite gives ISO strings.
const instant = (value: unknown): number =>
  value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
const sameInstant = (a: unknown, b: unknown): boolean => !Number.isNaN(instant(a)) && instant(a) === instant(b)

/**
 * What readers see after this write: `null` when nothing changed for them, else whether the document is public now.
 *
 * Saving a draft revision of a published story (autosave, every two seconds) leaves the live record alone and must not
 * purge anything. afterChange cannot tell that from a withdrawal by its arguments (`previousDoc` is the latest
 * version, which may itself be a draft), so it asks the live record inside the same transaction: this operation
 * rewrote it exactly when the live `updatedAt` equals the hook document's.
 */
const readerView = async (
  collection: DeliveredCollection,
  doc: ChangedDoc,
  operation: 'create' | 'update',
  req: PayloadRequest,
): Promise<{ live: boolean } | null> => {
  // A new upload is not part of anything published yet.
  if (collection === 'media') return operation === 'update' ? { live: true } : null
  if (!isReviewedDelivery(collection)) return { live: true }
  if (operation === 'create') return doc._status === 'published' ? { live: true } : null
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: doc.id } },
    select: { updatedAt: true, _status: true },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const live = docs[0]
  if (!live) return { live: false }
  return sameInstant(live.updatedAt, doc.updatedAt) ? { live: live._status === 'published' } : null
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref())

/** Payload offers no after-commit hook; it deletes `req.transactionID` once the transaction is committed or rolled back. */
const transactionEnded = async (req: PayloadRequest, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  // With transactions off (MongoDB without a replica set) Payload leaves a promise of null here, never an id.
  const open = async (): Promise<boolean> => {
    const id = await req.transactionID
    return typeof id === 'string' || typeof id === 'number'
  }
  while ((await open()) && Date.now() < deadline) await sleep(5)
}

/** Subscribers hear `started` now (inside the transaction) and `committed` + `settled` once it has ended. */
const announce = (change: DeliveryChange, req: PayloadRequest): void => {
  const onError = (error: unknown) =>
    req.payload.logger.error({
      err: error,
      msg: 'delivery change listener failed',
      collection: change.collection,
      id: change.id,
    })
  notifyStarted(change, onError)
  void (async () => {
    try {
      await transactionEnded(req)
      await notifyCommitted(change, onError)
    } finally {
      notifySettled(change, onError)
    }
  })()
}

const changeOf = (
  collection: DeliveredCollection,
  id: string,
  operation: DeliveryChange['operation'],
  live: boolean,
): DeliveryChange => ({
  collection,
  id,
  operation,
  live,
  tags: changeTags(collection, id),
})

/** Purges cached delivery responses (and tells other subscribers) when a write changes what readers see. */
export const invalidateDeliveryOnChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (!hasDeliverySubscribers() || !isDeliveredCollection(collection.slug)) return doc
  const changed = doc as ChangedDoc
  const id = String(changed.id)
  try {
    const view = await readerView(collection.slug, changed, operation, req)
    if (view) announce(changeOf(collection.slug, id, operation, view.live), req)
  } catch (error) {
    // A failed check must not fail the editor's save: purge as if readers lost the document.
    req.payload.logger.error({ err: error, msg: 'delivery invalidation check failed' })
    announce(changeOf(collection.slug, id, operation, false), req)
  }
  return doc
}

export const invalidateDeliveryOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (!hasDeliverySubscribers() || !isDeliveredCollection(collection.slug)) return doc
  // Deleting a never-published draft changes nothing readers saw.
  if (isReviewedDelivery(collection.slug) && (doc as ChangedDoc)?._status === 'draft') return doc
  announce(changeOf(collection.slug, String(id), 'delete', false), req)
  return doc
}
