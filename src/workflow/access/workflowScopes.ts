import type { Access, Where } from 'payload'

import { actorFromUser } from '../actor'
import { canEditContent } from '../guard'
import { workflowItemOf, type WorkflowDoc } from '../item'
import { deleteScope, editScope, purgeScope, readScope, type ItemScope } from '../scopes'

interface ScopeOptions {
  /** Collections with a `contributors` array also match items the user is credited on. */
  contributors: boolean
}

const scopeToWhere = (
  scope: ItemScope,
  userId: string | null,
  { contributors }: ScopeOptions,
  includePublished: boolean,
): boolean | Where => {
  if (scope.kind === 'all') return true
  if (scope.kind === 'none') return false
  if (scope.kind === 'published') return { _status: { equals: 'published' } }
  const or: Where[] = includePublished ? [{ _status: { equals: 'published' } }] : []
  or.push({ owner: { equals: userId } })
  if (contributors) or.push({ 'contributors.user': { equals: userId } })
  if (scope.brandIds.length > 0) or.push({ brands: { in: scope.brandIds } })
  return { or }
}

const isStoredDoc = (id: unknown, data: unknown): data is WorkflowDoc =>
  id !== undefined &&
  id !== null &&
  typeof data === 'object' &&
  data !== null &&
  'workflowState' in data &&
  String((data as { id?: unknown }).id) === String(id)

/** Read access from the workflow's read scope: anonymous readers and API clients get published items only. */
export const workflowRead =
  (options: ScopeOptions): Access =>
  ({ req: { user } }) => {
    const actor = actorFromUser(user)
    return scopeToWhere(readScope(actor), actor?.id ?? null, options, true)
  }

/**
 * Update access. Publishing is never a plain update: asking for `_status: 'published'` is denied for everyone (so the
 * admin hides Payload's Publish button); the workflow's transition executor publishes with its own checks.
 */
export const workflowUpdate =
  (options: ScopeOptions): Access =>
  ({ req: { user }, id, data }) => {
    if (data?._status === 'published') return false
    const actor = actorFromUser(user)
    // The admin asks for one stored document's permissions with that document as `data`: where the table's edit rule
    // refuses (an author's story in review), the form opens read-only and takes no lock that would block a reviewer.
    if (actor && isStoredDoc(id, data) && !canEditContent(actor, workflowItemOf(data, []))) return false
    return scopeToWhere(editScope(actor), actor?.id ?? null, options, false)
  }

/**
 * Payload's trash: moving to the trash is an update that Payload also checks against delete access, with
 * `data.deletedAt` set; a delete without it removes the item for good, which only the purge scope allows, and only
 * for items already in the trash. Nothing is lost by one wrong click.
 */
export const workflowDelete: Access = ({ req: { user }, data }) => {
  const actor = actorFromUser(user)
  if (data?.deletedAt) return scopeToWhere(deleteScope(actor), actor?.id ?? null, { contributors: false }, false)
  const purge = scopeToWhere(purgeScope(actor), actor?.id ?? null, { contributors: false }, false)
  return purge === false ? false : { deletedAt: { exists: true } }
}

/**
 * Version history is for staff, within the same read scope. Versions store the document under `version.`, so the
 * scope's fields are prefixed; anonymous readers and API clients get no versions at all.
 */
export const workflowReadVersions =
  (options: ScopeOptions): Access =>
  ({ req: { user } }) => {
    const actor = actorFromUser(user)
    if (!actor) return false
    const where = scopeToWhere(readScope(actor), actor.id, options, true)
    return typeof where === 'boolean' ? where : prefixVersion(where)
  }

const prefixVersion = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'or' || key === 'and' ? [key, (value as Where[]).map(prefixVersion)] : [`version.${key}`, value],
    ),
  )
