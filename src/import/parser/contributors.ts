import type { ParsedContributor } from './types'

/** Keeps the first of each role + name: one person may be both reporter and photographer. */
export function uniqueContributors(list: ParsedContributor[]): ParsedContributor[] {
  const seen = new Set<string>()
  return list.filter((c) => {
    const key = `${c.role}|${c.name}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
