import type { CollectionAfterChangeHook, RequestContext } from 'payload'

import type { WorkflowCollection } from '../load'

/** Set by guardWorkflowWrites on a move to the trash or a restore from it; HTTP clients cannot set req.context. */
export const trashWriteKey = 'trashWrite'

/**
 * A move to the trash or a restore sends `deletedAt` and at most `_status` (the admin's buttons, REST clients). A save
 * of the whole form also carries `deletedAt` (null: Payload adds the field to the form): that is a content edit.
 */
export const isTrashData = (data: Record<string, unknown> | undefined): boolean =>
  Boolean(data && 'deletedAt' in data && Object.keys(data).every((key) => key === 'deletedAt' || key === '_status'))

export const isTrashWrite = (context: RequestContext | undefined): boolean => Boolean(context?.[trashWriteKey])

/**
 * Moving to the trash and restoring are saved as a draft version (so they never copy a draft revision over the live
 * story, which a plain update of a published item would), and then stamped on the live record, which is what every
 * reader query looks at: a trashed story disappears from every API at once, and a restored one comes back exactly as
 * it was, live version and history included. Runs before delivery's invalidation, which then sees the change.
 */
export const stampTrashOnLiveRecord: CollectionAfterChangeHook = async ({ collection, doc, req, context }) => {
  if (!isTrashWrite(context)) return doc
  await req.payload.db.updateOne({
    collection: collection.slug as WorkflowCollection,
    id: doc.id,
    data: { deletedAt: doc.deletedAt ?? null, updatedAt: doc.updatedAt },
    req,
    returning: false,
  })
  return doc
}
