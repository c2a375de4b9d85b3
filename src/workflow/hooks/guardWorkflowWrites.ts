import type { CollectionBeforeOperationHook } from 'payload'

import { isWorkflowWrite } from '../context'
import type { WorkflowCollection } from '../load'
import { editRefused, WorkflowError } from '../errors'
import { isTrashData, trashWriteKey } from './trash'

/**
 * Closes the doors around the table before Payload does any work: nobody publishes by sending `_status`, every other
 * update is a draft save (a plain update would copy the draft over the live story), and a version is restored only
 * as a draft. REST, GraphQL, the admin and Local API calls with a user all pass through here.
 */
export const guardWorkflowWrites = <T extends WorkflowCollection>({
  args,
  operation,
  context,
}: Parameters<CollectionBeforeOperationHook<T>>[0]): typeof args => {
  if (isWorkflowWrite(context)) return args
  if (operation === 'update' && isTrashData((args as { data?: Record<string, unknown> }).data)) {
    // To the trash or back: nothing but `deletedAt` changes (a restore never publishes; the live record keeps its status).
    const { req } = args as { req: { context: Record<string, unknown> } }
    req.context[trashWriteKey] = true
    return {
      ...args,
      draft: true,
      data: { deletedAt: (args as { data: { deletedAt: unknown } }).data.deletedAt ?? null, _status: 'draft' },
    } as typeof args
  }
  if (operation === 'create' || operation === 'update') {
    const data = (args as { data?: Record<string, unknown> }).data
    if (data?._status === 'published') throw new WorkflowError(403, 'publishDirectly', editRefused.publishDirectly)
    // Trash state changes only through a move to the trash or a restore (above), never as part of a content edit.
    if (operation === 'update') {
      const { deletedAt: _trashState, ...content } = data ?? {}
      return { ...args, draft: true, data: { ...content, _status: 'draft' } } as typeof args
    }
  }
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) {
    throw new WorkflowError(400, 'restoreAsDraft', editRefused.restoreAsDraft)
  }
  return args
}
