/**
 * Opaque pagination cursors. A list cursor is the (publishedAt, id) of the last item served: the next page starts
 * strictly after it in (publishedAt desc, id desc) order, so stories published meanwhile never shift or repeat items.
 * A search cursor is an offset into the ranked hits.
 */
export interface ListCursor {
  publishedAt: string
  id: string
}

const idPattern = /^[A-Za-z0-9_-]{1,64}$/
const maxCursorLength = 256

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')

const decode = (cursor: string): unknown => {
  if (cursor.length === 0 || cursor.length > maxCursorLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return null
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const encodeListCursor = ({ publishedAt, id }: ListCursor): string => encode({ p: publishedAt, i: id })

/** Null when the cursor was not made by `encodeListCursor` (the caller answers 400). */
export const decodeListCursor = (cursor: string): ListCursor | null => {
  const value = decode(cursor)
  if (!isRecord(value) || typeof value.p !== 'string' || typeof value.i !== 'string') return null
  const time = Date.parse(value.p)
  if (!Number.isFinite(time) || !idPattern.test(value.i)) return null
  return { publishedAt: new Date(time).toISOString(), id: value.i }
}

export const encodeSearchCursor = (offset: number): string => encode({ o: offset })

export const decodeSearchCursor = (cursor: string): number | null => {
  const value = decode(cursor)
  if (!isRecord(value) || typeof value.o !== 'number') return null
  return Number.isInteger(value.o) && value.o > 0 && value.o <= 10_000 ? value.o : null
}
