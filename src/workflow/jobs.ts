import type { PayloadRequest, TaskConfig } from 'payload'

import { WorkflowError } from './errors'
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
const dueTime = async (
  dueAt: (doc: ScheduledDoc) => string | null | undefined,
  input: { collection: string; id: string },
  req: PayloadRequest,
): Promise<string | null> => {
  if (!isWorkflowCollection(req.payload, input.collection)) return null
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
  return at && new Date(at).getTime() <= Date.now() ? at : null
}

/**
 * Idempotent: a second run (a job re-run after its worker died past the transition, or one released on shutdown)
 * finds the item no longer scheduled and does nothing. fireTransition re-reads and writes in one transaction, so a run
 * that lost a race to another is refused by the table; that refusal is a no-op too, not a failed job.
 */
const fireWhenDue = async (
  transition: 'publishScheduled' | 'withdrawScheduled',
  dueAt: (doc: ScheduledDoc) => string | null | undefined,
  input: { collection: string; id: string },
  req: PayloadRequest,
): Promise<{ output: { fired: boolean } }> => {
  if (!isWorkflowCollection(req.payload, input.collection) || !(await dueTime(dueAt, input, req)))
    return { output: { fired: false } }
  try {
    await fireTransition(req.payload, {
      collection: input.collection,
      id: input.id,
      transition,
      actor: { kind: 'system' },
      req,
    })
  } catch (error) {
    if (error instanceof WorkflowError && !(await dueTime(dueAt, input, req))) return { output: { fired: false } }
    throw error
  }
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
