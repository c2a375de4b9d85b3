import type { TaskConfig } from 'payload'

import { fireTransition } from './fire'
import { isWorkflowCollection } from './load'

/**
 * Queued by `schedule` with `waitUntil` = publishAt; the server's jobs cron runs it. It publishes only if the item
 * is still scheduled for a time that has come (unscheduled or rescheduled items make an old job a no-op).
 */
export const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: 'publishScheduled',
  label: '定时发布 Scheduled publish',
  retries: 3,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    if (!isWorkflowCollection(input.collection)) return { output: { published: false } }
    const doc = await req.payload.findByID({ collection: input.collection, id: input.id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
    const due = doc && doc.workflowState === 'scheduled' && doc.scheduledAt && new Date(doc.scheduledAt).getTime() <= Date.now()
    if (!due) return { output: { published: false } }
    await fireTransition(req.payload, { collection: input.collection, id: input.id, transition: 'publishScheduled', actor: { kind: 'system' }, req })
    return { output: { published: true } }
  },
}
