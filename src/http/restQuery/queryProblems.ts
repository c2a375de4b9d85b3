import type { FlattenedField, SanitizedCollectionConfig } from 'payload'
import * as qs from 'qs-esm'

import { numberParameters, parseWholeNumber } from './numbers'
import type { QueryProblem } from './problem'
import { shown } from './problem'
import { sortProblems } from './sort'
import { whereProblems, type WhereContext } from './where'
import { bilingual } from '../../i18n'

/** Far above any real query (the admin's longest are id lists of a page); Node itself stops at 16 KB of headers. */
export const maxQueryLength = 64 * 1024

/** A version document's own fields around the collection's (`version.headline`, `parent`, `latest`). */
const versionFields = (collection: SanitizedCollectionConfig): FlattenedField[] =>
  [
    { name: 'parent', type: 'relationship', relationTo: collection.slug },
    { name: 'version', type: 'group', flattenedFields: collection.flattenedFields },
    { name: 'createdAt', type: 'date' },
    { name: 'updatedAt', type: 'date' },
    { name: 'latest', type: 'checkbox' },
    { name: 'autosave', type: 'checkbox' },
  ] as unknown as FlattenedField[]

const fieldsFor = (path: string[], context: WhereContext): FlattenedField[] => {
  const collection = context.collections.find((candidate) => candidate.slug === path[0])
  if (!collection) return []
  return path[1] === 'versions' ? versionFields(collection) : collection.flattenedFields
}

const parseWhere = (raw: unknown): { where?: unknown; problem?: QueryProblem } => {
  if (typeof raw !== 'string') return { where: raw }
  if (raw === '') return {}
  try {
    return { where: JSON.parse(raw) }
  } catch {
    return {
      problem: bilingual('http:restQuery:whereNotJson'),
    }
  }
}

/**
 * What is wrong with the query of a request to Payload's REST API at `/api/<path…>`, judged as Payload will read it
 * (the same qs options): `page`, `limit`, `depth` whole numbers in range, `sort` field names, `where` operators known
 * and values that fit their fields (dates, numbers, ids of this database, bounded strings).
 */
export const queryProblems = (search: string, apiPath: string[], context: WhereContext): QueryProblem[] => {
  if (search.length > maxQueryLength) {
    const longest = search
      .replace(/^\?/, '')
      .split('&')
      .reduce((a, b) => (b.length > a.length ? b : a), '')
    const name = decodeURIComponent(longest.split('=')[0] ?? '').slice(0, 60)
    return [bilingual('http:restQuery:queryTooLong', { length: search.length, max: maxQueryLength, name })]
  }
  const query = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  const problems: QueryProblem[] = []
  for (const [name, rule] of Object.entries(numberParameters)) {
    const raw = query[name]
    if (raw === undefined || raw === '') continue
    if (parseWholeNumber(raw, rule) === undefined) {
      const range = rule.max === Number.MAX_SAFE_INTEGER ? `≥ ${rule.min}` : `${rule.min}–${rule.max}`
      problems.push(bilingual('http:restQuery:wholeNumber', { name, range, got: shown(raw) }))
    }
  }
  if (query.sort !== undefined && query.sort !== '') problems.push(...sortProblems(query.sort))
  if (query.where !== undefined) {
    const { where, problem } = parseWhere(query.where)
    if (problem) problems.push(problem)
    else if (where !== undefined) problems.push(...whereProblems(where, fieldsFor(apiPath, context), context))
  }
  return problems
}
