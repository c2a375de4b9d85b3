import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import type { Label } from '../i18n'

/**
 * A log that is only ever added to. Access already denies changes through every API; this also stops server code
 * (overrideAccess) from rewriting history. Neither log keeps versions, but a restore is refused all the same.
 */
export const appendOnly =
  <TSlug extends CollectionSlug>(log: Label): CollectionBeforeOperationHook<TSlug> =>
  ({ operation }) => {
    if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
      throw new APIError(`${log.en} is append-only / ${log.zh}只能追加，不能修改或删除`, 403, undefined, true)
    }
  }
