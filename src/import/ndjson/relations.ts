import type { FlattenedBlock, FlattenedField, JsonObject, SanitizedConfig } from 'payload'

type RelationField = Extract<FlattenedField, { type: 'relationship' | 'upload' }>

const targetsOf = (field: RelationField): string[] =>
  Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]

const blocksOf = (field: Extract<FlattenedField, { type: 'blocks' }>, config: SanitizedConfig): FlattenedBlock[] => [
  ...(field.blocks as FlattenedBlock[]),
  ...(field.blockReferences ?? []).flatMap((ref) =>
    typeof ref === 'string' ? (config.blocks ?? []).filter((block) => block.slug === ref) : [ref],
  ),
]

/** Every relationship and upload field, through groups, named tabs, arrays and blocks (rich text holds no foreign keys). */
const eachRelationField = (
  fields: FlattenedField[],
  config: SanitizedConfig,
  visit: (field: RelationField) => void,
): void => {
  for (const field of fields) {
    if (field.type === 'relationship' || field.type === 'upload') visit(field)
    else if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
      eachRelationField(field.flattenedFields, config, visit)
    else if (field.type === 'blocks')
      for (const block of blocksOf(field, config)) eachRelationField(block.flattenedFields, config, visit)
  }
}

/** The collections a collection's documents point to. */
export const relationTargets = (fields: FlattenedField[], config: SanitizedConfig): Set<string> => {
  const targets = new Set<string>()
  eachRelationField(fields, config, (field) => targetsOf(field).forEach((slug) => targets.add(slug)))
  return targets
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const pointsTo = (value: unknown, field: RelationField, pending: (slug: string) => boolean): boolean =>
  Array.isArray(field.relationTo) ? isObject(value) && pending(String(value.relationTo)) : pending(field.relationTo)

/**
 * Clears, in place, relation values that point to collections not loaded yet (`pending`), so that a foreign key
 * cannot refuse the row; returns whether anything was cleared. The full document is written again once all are in.
 */
export const clearPendingRelations = (
  fields: FlattenedField[],
  data: JsonObject,
  pending: (slug: string) => boolean,
  config: SanitizedConfig,
): boolean => {
  let cleared = false
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'relationship' || field.type === 'upload') {
      if (Array.isArray(value)) {
        const kept = value.filter((item) => !pointsTo(item, field, pending))
        if (kept.length !== value.length) [data[field.name], cleared] = [kept, true]
      } else if (pointsTo(value, field, pending)) [data[field.name], cleared] = [null, true]
    } else if ((field.type === 'group' || field.type === 'tab') && isObject(value)) {
      cleared = clearPendingRelations(field.flattenedFields, value, pending, config) || cleared
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value)
        if (isObject(row)) cleared = clearPendingRelations(field.flattenedFields, row, pending, config) || cleared
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      const blocks = blocksOf(field, config)
      for (const row of value) {
        const block = isObject(row) ? blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        if (block && isObject(row))
          cleared = clearPendingRelations(block.flattenedFields, row, pending, config) || cleared
      }
    }
  }
  return cleared
}
