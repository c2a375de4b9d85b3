import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { EditorialComment } from '../../../../payload-types'
import { translate } from '../../../../i18n'

/**
 * The author is whoever writes the comment, and they must be able to read the item they comment on (so a
 * correspondent cannot probe ids). `itemOwner` is copied from the item so read access can be a simple query.
 */
export const attachComment: CollectionBeforeChangeHook<EditorialComment> = async ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation === 'update')
    return { ...data, author: originalDoc?.author, item: originalDoc?.item, itemOwner: originalDoc?.itemOwner }
  const ref = data.item
  if (!ref || typeof ref !== 'object' || !ref.relationTo || !ref.value) {
    throw new APIError(translate(req, 'messages:workflow:attachComment:commentNeedsItemIt'), 400, undefined, true)
  }
  const id = typeof ref.value === 'object' ? ref.value.id : ref.value
  const item = await req.payload.findByID({
    collection: ref.relationTo,
    id,
    draft: true,
    depth: 0,
    overrideAccess: !req.user,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!item) throw new APIError(translate(req, 'messages:workflow:attachComment:noSuchItemOr'), 404, undefined, true)
  const owner = 'owner' in item ? item.owner : null
  return {
    ...data,
    author: req.user?.id ?? data.author,
    itemOwner: typeof owner === 'object' && owner ? owner.id : owner,
  }
}
