/** Collections whose changes readers can see through /content/v1. */
export const deliveredCollections = [
  'articles',
  'photo-captions',
  'channel-variants',
  'media',
  'sections',
  'brands',
  'channels',
] as const
export type DeliveredCollection = (typeof deliveredCollections)[number]

/** Of those, the items readers get as stories: drafted and reviewed, previewable, reported to webhooks. */
export const deliveredItems = ['articles', 'photo-captions'] as const satisfies readonly DeliveredCollection[]
export type DeliveredItem = (typeof deliveredItems)[number]

export const isDeliveredItem = (slug: string): slug is DeliveredItem =>
  (deliveredItems as readonly string[]).includes(slug)

/** Items with drafts whose readers change only when their live record does: the stories and their channel forms. */
export const reviewedDeliveries = [
  ...deliveredItems,
  'channel-variants',
] as const satisfies readonly DeliveredCollection[]
export type ReviewedDelivery = (typeof reviewedDeliveries)[number]

export const isReviewedDelivery = (slug: string): slug is ReviewedDelivery =>
  (reviewedDeliveries as readonly string[]).includes(slug)

/** A change readers can see: a publish, an update of published content, a withdrawal or unpublish, a delete. */
export interface DeliveryChange {
  collection: DeliveredCollection
  id: string
  operation: 'create' | 'update' | 'delete'
  /** Readers can see the document now: false after a withdrawal, an unpublish or a delete. */
  live: boolean
  /** Cache tags to purge, the same keys responses carry in `Surrogate-Key` / `Cache-Tag`. */
  tags: string[]
  /** Heard from another app instance through the fan-out: apply it locally, never pass it on (webhooks, fan-out). */
  remote?: boolean
}

/**
 * Subscribers to reader-visible changes: the response cache and the search index today, webhooks later.
 * `started` runs inside the writing transaction (stop caching); `committed` after the commit (purge again, refresh
 * indexes, notify the outside world); `settled` always runs last.
 */
export interface DeliveryChangeListener {
  started?: (change: DeliveryChange) => void
  committed?: (change: DeliveryChange) => void | Promise<void>
  settled?: (change: DeliveryChange) => void
  /** Changes may have been missed (the fan-out lost its connection): forget everything derived from content. */
  reset?: () => void
}

const listeners = new Set<DeliveryChangeListener>()

export const subscribeDeliveryChanges = (listener: DeliveryChangeListener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const hasDeliverySubscribers = (): boolean => listeners.size > 0

export const isDeliveredCollection = (slug: string): slug is DeliveredCollection =>
  (deliveredCollections as readonly string[]).includes(slug)

/** What a change to one document purges: its own key plus every list, feed and search result. */
export const changeTags = (collection: DeliveredCollection, id: string): string[] => {
  const own = {
    articles: 'article',
    'photo-captions': 'photo-caption',
    'channel-variants': 'channel-variant',
    media: 'media',
    sections: 'section',
    brands: 'brand',
    channels: 'channel',
  }[collection]
  const collectionWide: Partial<Record<DeliveredCollection, string>> = {
    sections: 'sections',
    brands: 'brands',
    channels: 'channels',
  }
  const extra = collectionWide[collection] ? [collectionWide[collection]] : []
  return [`${own}:${id}`, 'lists', ...extra]
}

export const notifyStarted = (change: DeliveryChange, onError: (error: unknown) => void): void => {
  for (const listener of listeners) {
    try {
      listener.started?.(change)
    } catch (error) {
      onError(error)
    }
  }
}

export const notifyCommitted = async (change: DeliveryChange, onError: (error: unknown) => void): Promise<void> => {
  await Promise.all(
    [...listeners].map(async (listener) => listener.committed?.(change)).map((done) => done.catch(onError)),
  )
}

export const notifySettled = (change: DeliveryChange, onError: (error: unknown) => void): void => {
  for (const listener of listeners) {
    try {
      listener.settled?.(change)
    } catch (error) {
      onError(error)
    }
  }
}

export const notifyReset = (onError: (error: unknown) => void): void => {
  for (const listener of listeners) {
    try {
      listener.reset?.()
    } catch (error) {
      onError(error)
    }
  }
}

/** A change another instance committed: the same three steps a local one goes through, back to back. */
export const applyRemoteChange = async (change: DeliveryChange, onError: (error: unknown) => void): Promise<void> => {
  const remote = { ...change, remote: true }
  notifyStarted(remote, onError)
  try {
    await notifyCommitted(remote, onError)
  } finally {
    notifySettled(remote, onError)
  }
}
