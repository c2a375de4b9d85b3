import type { Payload, PayloadRequest } from 'payload'

import type { WorkflowCollection } from './load'

export type ScheduledTransition = 'publishScheduled' | 'withdrawScheduled'

/** Queues the job that fires a scheduled transition at its time (./jobs.ts checks it is still due then). */
export const queueScheduledTransition = async (
  payload: Payload,
  task: ScheduledTransition,
  item: { collection: WorkflowCollection; id: string },
  at: string,
  req?: PayloadRequest,
): Promise<void> => {
  await payload.jobs.queue({ task, input: { collection: item.collection, id: item.id }, waitUntil: new Date(at), req })
}
