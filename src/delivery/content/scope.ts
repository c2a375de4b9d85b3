import type { Payload, Where } from 'payload'

/**
 * Who is reading. Only 'published' exists today: anonymous access rules (overrideAccess: false, no user), the live
 * record (draft: false) and an explicit `_status = published` filter on top. A 'preview' scope for API clients would
 * read drafts with their credentials and must bypass the shared cache; every loader takes the scope, so it is added here.
 */
export interface ReadScope {
  payload: Payload
  mode: 'published'
}

export const publishedScope = (payload: Payload): ReadScope => ({ payload, mode: 'published' })

export const readOptions = (_scope: ReadScope) => ({ draft: false, overrideAccess: false, depth: 0 }) as const

export const visible = (_scope: ReadScope, where?: Where): Where => (where ? { and: [{ _status: { equals: 'published' } }, where] } : { _status: { equals: 'published' } })

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const objectId = /^[0-9a-f]{24}$/i

/** Only id-shaped strings are compared with `id` (MongoDB would reject anything else with a cast error). */
export const refWhere = (ref: string): Where => (uuid.test(ref) || objectId.test(ref) ? { or: [{ slug: { equals: ref } }, { id: { equals: ref } }] } : { slug: { equals: ref } })

export const idsWhere = (ids: string[]): Where => ({ id: { in: ids.filter((id) => uuid.test(id) || objectId.test(id)) } })
