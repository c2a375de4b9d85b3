import type { PayloadRequest, TaskConfig } from 'payload'

import { fireTransition } from './fire'
import { isWorkflowCollection } from './load'
import { bothLanguages } from '../i18n'

type ScheduledDoc = { workflowState?: string | null; scheduledAt?: string | null; withdrawAt?: string | null }

const inputSchema: TaskConfig['inputSchema'] = [
  { name: 'collection', type: 'text', required: true },
  { name: 'id', type: 'text', required: true },
]
const outputSchema: TaskConfig['outputSchema'] = [{ name: 'fired', type: 'checkbox' }]

/**
 * Queued with `waitUntil` = the scheduled time; the server's jobs cron runs it. It fires the system transition only if
 * the item still has a time set that has come: cancelled or rescheduled items make an old job a no-op (a later time
 * has its own job), and the table refuses what no longer applies (e.g. a story withdrawn by hand meanwhile).
 */
const fireWhenDue = async (
  transition: 'publishScheduled' | 'withdrawScheduled',
  dueAt: (doc: ScheduledDoc) => string | null | undefined,
  input: { collection: string; id: string },
  req: PayloadRequest,
): Promise<{ output: { fired: boolean } }> => {
  if (!isWorkflowCollection(req.payload, input.collection)) return { output: { fired: false } }
  const doc = await req.payload.findByID({
    collection: input.collection,
    id: input.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const at = doc ? dueAt(doc) : null
  if (!at || new Date(at).getTime() > Date.now()) return { output: { fired: false } }
  await fireTransition(req.payload, {
    collection: input.collection,
    id: input.id,
    transition,
    actor: { kind: 'system' },
    req,
  })
  return { output: { fired: true } }
}

export const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: 'publishScheduled',
  label: bothLanguages('jobs:publishScheduled'),
  retries: 3,
  inputSchema,
  outputSchema,
  handler: ({ input, req }) =>
    fireWhenDue('publishScheduled', (doc) => (doc.workflowState === 'scheduled' ? doc.scheduledAt : null), input, req),
}

export const withdrawScheduledTask: TaskConfig<'withdrawScheduled'> = {
  slug: 'withdrawScheduled',
  label: bothLanguages('jobs:withdrawScheduled'),
  retries: 3,
  inputSchema,
  outputSchema,
  handler: ({ input, req }) => fireWhenDue('withdrawScheduled', (doc) => doc.withdrawAt, input, req),
}
