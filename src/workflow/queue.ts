import type { Payload, PayloadRequest } from 'payload'

import { availableTransitions } from './guard'
import { workflowItemOf, type WorkflowDoc } from './item'
import { historyOf, loadAudit, loadBrandReviews, workflowCollectionsOf, type WorkflowCollection } from './load'
import type { TransitionName, UserActor, WorkflowState } from './types'

export type QueueGroup = 'review' | 'signOff' | 'returned' | 'scheduled'

export interface QueueEntry {
  collection: WorkflowCollection
  id: string
  title: string
  state: WorkflowState
  reviewLevel: number | null
  /** A pending scheduled withdrawal of the live version. */
  withdrawAt: string | null
  updatedAt: string
  actions: TransitionName[]
}

/** What a queue entry reads of an item: its headline (articles), title (channel variants) or caption (photo captions). */
type QueueDoc = WorkflowDoc & {
  headline?: string | null
  title?: string | null
  caption?: string | null
  updatedAt: string
}

const groupOf = (entry: QueueEntry, actor: UserActor, ownerId: string | null): QueueGroup | null => {
  // The last level signs off (签发) even while it is still in review: 待我签发, not 待我审核.
  if (entry.actions.includes('publish') || entry.actions.includes('schedule')) return 'signOff'
  if (entry.actions.includes('approve')) return 'review'
  if (entry.state === 'returned' && ownerId === actor.id) return 'returned'
  if (entry.state === 'scheduled' && (ownerId === actor.id || entry.actions.includes('unschedule'))) return 'scheduled'
  if (entry.withdrawAt && (ownerId === actor.id || entry.actions.includes('unscheduleWithdraw'))) return 'scheduled'
  return null
}

/**
 * 我的待办: what waits for this user, decided by asking the workflow table which actions they may take on each open
 * item (so the queue can never disagree with the buttons or the API).
 */
export const myQueue = async (
  payload: Payload,
  actor: UserActor,
  req: PayloadRequest,
): Promise<Record<QueueGroup, QueueEntry[]>> => {
  const queue: Record<QueueGroup, QueueEntry[]> = { review: [], signOff: [], returned: [], scheduled: [] }
  for (const collection of workflowCollectionsOf(payload)) {
    const { docs } = await payload.find({
      collection,
      where: {
        or: [
          { workflowState: { in: ['inReview', 'approved', 'returned', 'scheduled'] } },
          { withdrawAt: { exists: true } },
        ],
      },
      draft: true,
      depth: 0,
      limit: 200,
      sort: '-updatedAt',
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs as QueueDoc[]) {
      const item = workflowItemOf(doc, historyOf(await loadAudit(payload, collection, doc.id, req)))
      // A withdrawal can only be pending on a live story (withdrawing clears it), so no extra read is needed.
      if (item.withdrawAt) item.status = 'published'
      const brands = await loadBrandReviews(payload, item, req)
      const entry: QueueEntry = {
        collection,
        id: doc.id,
        // An item without a headline of its own (a channel variant that inherits it) has its list title.
        title: doc.headline || doc.title || doc.caption?.slice(0, 60) || doc.id,
        state: item.state,
        reviewLevel: item.reviewLevel,
        withdrawAt: item.withdrawAt ?? null,
        updatedAt: doc.updatedAt,
        actions: availableTransitions(actor, item, brands, new Date()),
      }
      const group = groupOf(entry, actor, item.ownerId)
      if (group) queue[group].push(entry)
    }
  }
  return queue
}
