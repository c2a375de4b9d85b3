import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { bilingual, bothLanguages, type NewsroomKey } from '../i18n'

/**
 * A log that is only ever added to. Access already denies changes through every API; this also stops server code
 * (overrideAccess) from rewriting history. Neither log keeps versions, but a restore is refused all the same.
 */
export const appendOnly =
  <TSlug extends CollectionSlug>(log: NewsroomKey): CollectionBeforeOperationHook<TSlug> =>
  ({ operation }) => {
    if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
      throw new APIError(
        bothLanguages('messages:hooks:appendOnly:isAppendOnly', { log: bilingual(log) }),
        403,
        undefined,
        true,
      )
    }
  }
