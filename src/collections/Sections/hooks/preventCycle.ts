import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { relationId } from '../../../utilities/relationId'
import { translate } from '../../../i18n'

/** A section tree must stay a tree: walking up from the new parent may never reach the section itself. */
export const preventCycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const selfId = relationId(originalDoc)
  let parentId = relationId(data.parent)
  for (let depth = 0; parentId && depth < 50; depth++) {
    if (parentId === selfId) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'parent', message: translate(req, 'messages:collections:preventCycle:sectionCannotBeIts') }],
      })
    }
    const parent = await req.payload.findByID({
      collection: 'sections',
      id: parentId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    parentId = relationId(parent?.parent)
  }
  return data
}
