import { createHash } from 'node:crypto'

/** A document id MongoDB stores natively. */
export const isObjectId = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id)

/**
 * The ObjectId a foreign id (a SQLite UUID) becomes on MongoDB. Derived from the id, so a rerun (--force) or a second
 * export of the same source maps every document to the same ObjectId; 96 bits make a collision among even millions of
 * ids vanishingly unlikely.
 */
export const objectIdFor = (id: string): string =>
  createHash('sha256').update(`newsroom-cms:${id}`).digest('hex').slice(0, 24)

/**
 * A copy of `value` in which every string that is exactly one of the export's document ids is replaced by its new id:
 * relationship and upload values, polymorphic `{ relationTo, value }`, ids inside rich text and JSON fields, version
 * parents and text fields that name an item (the audit log's `itemId`). Document ids are random UUIDs, so a string equal
 * to one is a reference to it, never prose.
 */
export const translateIds = <T>(value: T, ids: ReadonlyMap<string, string>): T => {
  if (typeof value === 'string') return (ids.get(value) ?? value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => translateIds(item, ids)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, translateIds(item, ids)])) as T
  }
  return value
}
