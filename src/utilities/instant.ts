/** An ISO timestamp of a date the adapters hand back as a string (SQLite) or a Date (MongoDB); '' if not a date. */
export const isoInstant = (value: unknown): string => {
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? '' : date.toISOString()
}
