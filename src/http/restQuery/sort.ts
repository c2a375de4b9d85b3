import type { QueryProblem } from './problem'
import { shown } from './problem'

const sortItem = /^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/

/** `sort=-publishedAt,headline` (or sort[]=…): field paths, each optionally descending. */
export const sortProblems = (raw: unknown): QueryProblem[] => {
  const items = Array.isArray(raw) ? raw : [raw]
  for (const item of items) {
    if (typeof item !== 'string')
      return [{ en: `sort must be field names, got ${shown(item)}`, zh: `sort 必须是字段名，收到 ${shown(item)}` }]
    for (const name of item.split(',')) {
      if (name.length > 200 || !sortItem.test(name.trim())) {
        return [
          {
            en: `sort: ${shown(name)} is not a field name (e.g. sort=-publishedAt)`,
            zh: `sort：${shown(name)} 不是字段名（例如 sort=-publishedAt）`,
          },
        ]
      }
    }
  }
  return []
}
