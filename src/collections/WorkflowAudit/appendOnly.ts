import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Access already denies every API; this also stops server code (overrideAccess) from rewriting history. */
export const appendOnly: CollectionBeforeOperationHook<'workflow-audit'> = ({ operation }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
    throw new APIError('The audit log is append-only / 审核记录只能追加，不能修改或删除', 403, undefined, true)
  }
}
