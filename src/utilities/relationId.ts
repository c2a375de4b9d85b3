const isDocument = (value: unknown): value is { id: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value

/** A relationship's value is an id, or the related document once populated (depth > 0); `null` when neither. */
export const relationId = (value: unknown): string | null => {
  const id = isDocument(value) ? value.id : value
  if (typeof id === 'string' && id) return id
  if (typeof id === 'number') return String(id)
  return null
}

/** The ids of a has-many relationship, in order, skipping empty values. */
export const relationIds = (values: readonly unknown[] | null | undefined): string[] =>
  (values ?? []).map(relationId).filter((id): id is string => id !== null)
