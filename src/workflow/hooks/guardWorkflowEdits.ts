import type { CollectionBeforeChangeHook } from 'payload'

import { actorFromUser } from '../actor'
import { isWorkflowWrite } from '../context'
import { editRefused, WorkflowError } from '../errors'
import { workflowFieldNames } from '../fields'
import { canEditContent, stateAfterContentEdit } from '../guard'
import { workflowItemOf, type WorkflowDoc } from '../item'
import { isTrashWrite } from './trash'

const comparable = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'object' && 'id' in value) return String(value.id)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(value).toISOString()
  return String(value)
}

/**
 * Content edits outside the executor: new items start as the creator's draft; later edits must leave the workflow
 * fields as stored, and authors may edit only where the table's edit rule allows. Editing a published or withdrawn
 * item starts a draft revision (the live version stays public until sign-off).
 */
export const guardWorkflowEdits: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (isWorkflowWrite(context)) return data
  // Delete access (checked by Payload for a move to the trash) decides who may; the workflow state stays as it was.
  if (isTrashWrite(context) && originalDoc) return data
  const actor = actorFromUser(req.user)
  if (operation === 'create' || !originalDoc) {
    return {
      ...data,
      workflowState: 'draft',
      reviewLevel: null,
      scheduledAt: null,
      withdrawAt: null,
      owner: actor?.id ?? data.owner ?? null,
    }
  }
  for (const field of workflowFieldNames) {
    if (field in data && comparable(data[field]) !== comparable(originalDoc[field])) {
      throw new WorkflowError(403, 'workflowField', editRefused.workflowField)
    }
  }
  const item = workflowItemOf(originalDoc as WorkflowDoc, [])
  if (actor && !canEditContent(actor, item)) throw new WorkflowError(403, 'locked', editRefused.locked)
  // Optimistic concurrency for API clients: `If-Match: "<updatedAt they loaded>"` turns a stale write into a 409.
  const ifMatch = req.headers?.get?.('if-match')?.replace(/^W\//, '').replace(/"/g, '').trim()
  if (ifMatch && comparable(ifMatch) !== comparable(originalDoc.updatedAt))
    throw new WorkflowError(409, 'stale', editRefused.stale)
  // A pending scheduled withdrawal (withdrawAt) concerns the live version and stays.
  const state = stateAfterContentEdit(item)
  return state === item.state ? data : { ...data, workflowState: state, reviewLevel: null, scheduledAt: null }
}
