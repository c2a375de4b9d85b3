import type { Payload } from 'payload'

import { workflowCollectionsOf } from '../../workflow/load'
import { queueScheduledTransition } from '../../workflow/schedule'

/**
 * The job queue is not exported (it holds the source's own bookkeeping), so the schedules the copied items carry —
 * a pending publication (scheduled, scheduledAt) or withdrawal (withdrawAt) — are queued again on the target. A time
 * that has passed meanwhile runs at the next tick of the jobs runner; a duplicate job is harmless (it fires only while
 * the item is still due).
 */
export const requeueSchedules = async (payload: Payload, loaded: readonly string[]): Promise<number> => {
  let queued = 0
  for (const collection of workflowCollectionsOf(payload).filter((slug) => loaded.includes(slug))) {
    const { docs } = await payload.find({
      collection,
      where: {
        or: [
          { and: [{ workflowState: { equals: 'scheduled' } }, { scheduledAt: { exists: true } }] },
          { withdrawAt: { exists: true } },
        ],
      },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { workflowState: true, scheduledAt: true, withdrawAt: true },
    })
    for (const doc of docs) {
      const item = { collection, id: String(doc.id) }
      if (doc.workflowState === 'scheduled' && doc.scheduledAt) {
        await queueScheduledTransition(payload, 'publishScheduled', item, doc.scheduledAt)
        queued++
      }
      if (doc.withdrawAt) {
        await queueScheduledTransition(payload, 'withdrawScheduled', item, doc.withdrawAt)
        queued++
      }
    }
  }
  return queued
}
