import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { actorFromUser } from './actor'
import { WorkflowError } from './errors'
import { fireTransition, type FiredTransition } from './fire'
import { evaluateTransition } from './guard'
import { workflowItemOf } from './item'
import { errorMessages } from './labels'
import { loadBrandReviews, loadDraftAs, type WorkflowCollection } from './load'
import { bilingual } from '../i18n'

export interface PublishImportedArgs {
  collection: WorkflowCollection
  id: string
  user: User
  req: PayloadRequest
}

/**
 * Archive stories arrive already printed, so an import may publish them without the review chain — but only for a
 * user whom the table would let sign the story off (its `publish` rule for an approved item of these brands). The
 * system fires `publishImported`; the audit record names the user.
 */
export const publishImported = async (
  payload: Payload,
  { collection, id, user, req }: PublishImportedArgs,
): Promise<FiredTransition> => {
  const actor = actorFromUser({ ...user, collection: 'users' })
  if (!actor) throw new WorkflowError(403, 'notPermitted', errorMessages.notPermitted)
  const doc = await loadDraftAs(payload, collection, id, user, req)
  const item = workflowItemOf(doc, [])
  const brands = await loadBrandReviews(payload, item, req)
  const verdict = evaluateTransition({
    actor,
    item: { ...item, state: 'approved', reviewLevel: null },
    transition: 'publish',
    brands,
    now: new Date(),
  })
  if (!verdict.ok)
    throw new WorkflowError(
      403,
      'notPermitted',
      bilingual('workflow:importPublish:cannotSignOff', { email: user.email }),
    )
  return fireTransition(payload, {
    collection,
    id,
    transition: 'publishImported',
    actor: { kind: 'system' },
    req,
    onBehalfOf: { id: actor.id, name: user.name, role: actor.role },
  })
}
