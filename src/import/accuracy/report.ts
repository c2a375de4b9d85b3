import { STRUCTURE_FIELDS } from './corpus'
import { BYLINE_FIELDS, percent, tally, type ArticleResult, type FieldTally } from './measure'

/** The per-field accuracy table as Markdown: all articles, held-out, tuned, and the clear (unambiguous) fields. */
export function renderAccuracyReport(results: ArticleResult[]): string {
  const heldOut = results.filter((r) => r.article.heldOut)
  const tuned = results.filter((r) => !r.article.heldOut)
  const columns: [string, FieldTally][] = [
    [`all (${results.length})`, tally(results)],
    [`held out (${heldOut.length})`, tally(heldOut)],
    [`tuned (${tuned.length})`, tally(tuned)],
    ['all, clear fields only', tally(results, true)],
  ]
  const cell = (t: { right: number; total: number }): string => `${t.right}/${t.total} (${percent(t)}%)`
  const lines = [
    `| field | ${columns.map(([name]) => name).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
  ]
  for (const field of [...STRUCTURE_FIELDS, 'overall'] as const) {
    lines.push(`| ${field} | ${columns.map(([, t]) => cell(t[field])).join(' | ')} |`)
  }
  const papers = new Set(results.map((r) => r.article.paper))
  const clear = tally(results, true)
  const bylineClear = BYLINE_FIELDS.reduce(
    (sum, f) => ({ right: sum.right + clear[f].right, total: sum.total + clear[f].total }),
    { right: 0, total: 0 },
  )
  lines.push(
    '',
    `${results.length} articles from ${papers.size} papers. Bylines (reporters, correspondents, photographers, brands) on clear fields: ${cell(bylineClear)}; captions on clear fields: ${cell(clear.captions)}.`,
    '',
    '### Misses',
    '',
  )
  for (const { article, fields, error } of results) {
    const missed = STRUCTURE_FIELDS.filter((f) => !fields[f])
    if (missed.length === 0 && !error) continue
    const tag = article.heldOut ? ' (held out)' : ''
    lines.push(`- ${article.file}${tag}: ${error ? `parse error: ${error}` : missed.join(', ')}`)
  }
  return `${lines.join('\n')}\n`
}
