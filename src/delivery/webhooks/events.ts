import type { DeliveryChange } from '../events'

/**
 * What a receiver hears: `publish` when an item becomes visible to readers (first publication, or back after a
 * withdrawal), `update` when a visible item changes and stays visible (a signed-off revision), `withdraw` when readers
 * lose it (撤稿, or deletion of a live item). Draft saves and review steps change nothing readers see: no event.
 */
export const webhookEvents = ['publish', 'withdraw', 'update'] as const
export type WebhookEvent = (typeof webhookEvents)[number]

/**
 * The live state before this change, from the item's version history: the newest earlier version that was either
 * published or withdrawn. Draft versions in between (revisions in review) leave the live record as it was.
 */
export type EarlierLiveState = 'published' | 'withdrawn' | null

export const webhookEventOf = (
  change: Pick<DeliveryChange, 'live' | 'operation'>,
  before: EarlierLiveState,
): WebhookEvent => {
  if (!change.live) return 'withdraw'
  if (change.operation === 'create') return 'publish'
  return before === 'published' ? 'update' : 'publish'
}
