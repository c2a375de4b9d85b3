import { createLocalReq, type Payload } from 'payload'

import type { User } from '../payload-types'
import { actorFromUser } from './actor'
import { WorkflowError } from './errors'
import { fireTransition, type FiredTransition } from './fire'
import type { WorkflowCollection } from './load'
import { workflowStatus, type WorkflowStatus } from './status'
import type { TransitionName } from './types'
import { bilingual } from '../i18n'

export interface FireWorkflowArgs {
  collection: WorkflowCollection
  id: string
  transition: Exclude<
    TransitionName,
    'publishScheduled' | 'withdrawScheduled' | 'publishImported' | 'withdrawWithMaster'
  >
  user: User
  comment?: string
  publishAt?: string
  withdrawAt?: string
}

const actorOf = (user: User) => {
  const actor = actorFromUser({ ...user, collection: 'users' })
  if (!actor) throw new WorkflowError(403, 'notPermitted', bilingual('workflow:localApi:actorOf:onlyNewsroomStaffUse'))
  return actor
}

/** Typed Local API for the workflow: the same executor and rules as the REST endpoint, acting as `user`. */
export const fireWorkflow = async (payload: Payload, args: FireWorkflowArgs): Promise<FiredTransition> => {
  const req = await createLocalReq({ user: { ...args.user, collection: 'users' } }, payload)
  return fireTransition(payload, { ...args, actor: actorOf(args.user), req })
}

export const getWorkflowStatus = async (
  payload: Payload,
  args: Pick<FireWorkflowArgs, 'collection' | 'id' | 'user'>,
): Promise<WorkflowStatus> => {
  const req = await createLocalReq({ user: { ...args.user, collection: 'users' } }, payload)
  return workflowStatus(payload, args.collection, args.id, actorOf(args.user), req)
}
