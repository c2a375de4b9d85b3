import type { Payload, Where } from 'payload'

/**
 * Who is reading.
 * - 'published': anonymous access rules (overrideAccess: false, no user), the live record (draft: false) and an
 *   explicit `_status = published` filter on top. Everything public, cached and shared.
 * - 'preview': the latest draft of one item for a previewing client (an API key with the `preview` scope, or a signed
 *   preview link). API clients are never staff, so Payload's access rules would show them published content only: the
 *   delivery layer has checked the key or link itself and reads past access control, confined to the client's brands
 *   or to the link's item. Loaders still select allow-listed fields only; responses are private and never cached.
 */
export type ReadScope =
  | { payload: Payload; mode: 'published' }
  | { payload: Payload; mode: 'preview'; brandIds: string[]; itemId: string | null }

export const publishedScope = (payload: Payload): ReadScope => ({ payload, mode: 'published' })

export const previewScope = (payload: Payload, limits: { brandIds?: string[]; itemId?: string | null }): ReadScope => ({
  payload,
  mode: 'preview',
  brandIds: limits.brandIds ?? [],
  itemId: limits.itemId ?? null,
})

export const readOptions = (scope: ReadScope) =>
  scope.mode === 'preview'
    ? ({ draft: true, overrideAccess: true, depth: 0 } as const)
    : ({ draft: false, overrideAccess: false, depth: 0 } as const)

const previewLimits = (scope: Extract<ReadScope, { mode: 'preview' }>): Where[] => [
  ...(scope.brandIds.length > 0 ? [{ brands: { in: scope.brandIds } }] : []),
  ...(scope.itemId ? [{ id: { equals: scope.itemId } }] : []),
]

export const visible = (scope: ReadScope, where?: Where): Where => {
  const limits = scope.mode === 'preview' ? previewLimits(scope) : [{ _status: { equals: 'published' } }]
  const conditions = where ? [...limits, where] : limits
  if (conditions.length === 0) return {}
  return conditions.length === 1 ? conditions[0] : { and: conditions }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const objectId = /^[0-9a-f]{24}$/i

/** Only id-shaped strings are compared with `id` (MongoDB would reject anything else with a cast error). */
export const refWhere = (ref: string): Where =>
  uuid.test(ref) || objectId.test(ref)
    ? { or: [{ slug: { equals: ref } }, { id: { equals: ref } }] }
    : { slug: { equals: ref } }

export const idsWhere = (ids: string[]): Where => ({
  id: { in: ids.filter((id) => uuid.test(id) || objectId.test(id)) },
})
