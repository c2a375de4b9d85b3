import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Access already denies every API; this also keeps server code (overrideAccess) from rewriting the delivery log. */
export const appendOnly: CollectionBeforeOperationHook<'webhook-deliveries'> = ({ operation }) => {
  if (operation === 'update' || operation === 'delete') {
    throw new APIError(
      'The webhook delivery log is append-only / 回调记录只能追加，不能修改或删除',
      403,
      undefined,
      true,
    )
  }
}
