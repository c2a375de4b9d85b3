import type { FlattenedField, SanitizedCollectionConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'

import type { QueryProblem } from './problem'
import { shown } from './problem'
import { bilingual, bilingualWith } from '../../i18n'

export interface WhereContext {
  collections: SanitizedCollectionConfig[]
  /** Whether a string is a document id of the running database. */
  isId: (value: string) => boolean
}

/** Longer than any headline or search term; SQLite's LIKE refuses patterns past 50,000 bytes with a 500. */
export const maxValueLength = 1_000

type Kind = 'date' | 'number' | 'id' | 'checkbox' | 'other'

const kindOf = (field: FlattenedField | 'id'): Kind => {
  if (field === 'id') return 'id'
  if (field.type === 'date' || field.type === 'number' || field.type === 'checkbox') return field.type
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') return 'id'
  return 'other'
}

/** The field a where path names, following groups, arrays and single-collection relations; undefined if unknown. */
const resolve = (
  path: string[],
  fields: FlattenedField[],
  context: WhereContext,
): FlattenedField | 'id' | undefined => {
  const [head, ...rest] = path
  if (head === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || rest.length === 0) return field
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
    return resolve(rest, field.flattenedFields, context)
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const related = context.collections.find((collection) => collection.slug === field.relationTo)
    return related ? resolve(rest, related.flattenedFields, context) : undefined
  }
  return undefined
}

const valueFits = (kind: Kind, value: string, context: WhereContext): boolean => {
  switch (kind) {
    case 'date':
      return Number.isFinite(Date.parse(value)) || (/^-?\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value)))
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value))
    case 'id':
      return context.isId(value)
    case 'checkbox':
      return value === 'true' || value === 'false'
    default:
      return true
  }
}

const listOperators = new Set(['in', 'not_in', 'all'])
const freeOperators = new Set(['near', 'within', 'intersects'])

const values = (operator: string, raw: unknown): unknown[] => {
  if (listOperators.has(operator) && typeof raw === 'string') return raw.split(',')
  if (Array.isArray(raw)) return raw
  if (raw && typeof raw === 'object') return Object.values(raw)
  return [raw]
}

const checkCondition = (
  path: string,
  operator: string,
  raw: unknown,
  fields: FlattenedField[],
  context: WhereContext,
  problems: QueryProblem[],
): void => {
  if (!validOperatorSet.has(operator as never)) {
    problems.push(bilingual('http:restQuery:unknownOperator', { path, operator: operator.slice(0, 40) }))
    return
  }
  if (freeOperators.has(operator)) return
  const field = resolve(path.split('.'), fields, context)
  const kind: Kind = operator === 'exists' ? 'checkbox' : field ? kindOf(field) : 'other'
  for (const value of values(operator, raw)) {
    if (
      value === null ||
      value === undefined ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    )
      continue
    const wrongType = () =>
      bilingualWith('http:restQuery:operatorTakes', {
        path,
        operator,
        expected: bilingual(`http:restQuery:expected:${kind}`),
        got: shown(value),
      })
    if (typeof value !== 'string') {
      problems.push(wrongType())
      return
    }
    if (value.length > maxValueLength) {
      problems.push(bilingual('http:restQuery:valueTooLong', { path, length: value.length, max: maxValueLength }))
      return
    }
    if (value !== '' && !valueFits(kind, value, context)) {
      problems.push(wrongType())
      return
    }
  }
}

/** Everything wrong with a `where` (nested and/or included) against a collection's fields. */
export const whereProblems = (
  where: unknown,
  fields: FlattenedField[],
  context: WhereContext,
  depth = 0,
): QueryProblem[] => {
  const problems: QueryProblem[] = []
  if (depth > 10 || !where || typeof where !== 'object' || Array.isArray(where)) {
    return [bilingual('http:restQuery:whereObject')]
  }
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(condition)
        ? condition
        : condition && typeof condition === 'object'
          ? Object.values(condition)
          : [condition]
      for (const branch of branches) problems.push(...whereProblems(branch, fields, context, depth + 1))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push(bilingual('http:restQuery:needsOperator', { key }))
      continue
    }
    for (const [operator, raw] of Object.entries(condition))
      checkCondition(key, operator, raw, fields, context, problems)
  }
  return problems
}
