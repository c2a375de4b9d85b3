import type { QueryProblem } from './problem'
import { shown } from './problem'
import { bilingual } from '../../i18n'

const sortItem = /^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/

/** `sort=-publishedAt,headline` (or sort[]=…): field paths, each optionally descending. */
export const sortProblems = (raw: unknown): QueryProblem[] => {
  const items = Array.isArray(raw) ? raw : [raw]
  for (const item of items) {
    if (typeof item !== 'string') return [bilingual('http:restQuery:sortNames', { got: shown(item) })]
    for (const name of item.split(',')) {
      if (name.length > 200 || !sortItem.test(name.trim())) {
        return [bilingual('http:restQuery:sortNotField', { name: shown(name) })]
      }
    }
  }
  return []
}
