import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadCorpus, STRUCTURE_FIELDS, type StructureField } from '../../src/import/accuracy/corpus'
import { BYLINE_FIELDS, measureArticle, percent, tally } from '../../src/import/accuracy/measure'

const folder = path.join(import.meta.dirname, 'corpus')
const thresholds = JSON.parse(readFileSync(path.join(folder, 'thresholds.json'), 'utf8')) as {
  overall: number
  heldOutOverall: number
  clearBylines: number
  clearCaptions: number
  perField: Record<StructureField, number>
}

describe('parser accuracy on the real-article corpus', () => {
  it('the corpus has at least 40 articles from at least 5 papers, a quarter of them held out', async () => {
    const corpus = await loadCorpus(folder)
    expect(corpus.length).toBeGreaterThanOrEqual(40)
    expect(new Set(corpus.map((a) => a.paper)).size).toBeGreaterThanOrEqual(5)
    expect(corpus.filter((a) => a.heldOut).length).toBeGreaterThanOrEqual(Math.floor(corpus.length / 4))
    for (const article of corpus) expect(article.source).toMatch(/^https?:\/\//)
  })

  it('stays at or above the committed thresholds, overall, held out and per field', async () => {
    const results = (await loadCorpus(folder)).map(measureArticle)
    const all = tally(results)
    expect(percent(all.overall)).toBeGreaterThanOrEqual(thresholds.overall)
    expect(percent(tally(results.filter((r) => r.article.heldOut)).overall)).toBeGreaterThanOrEqual(
      thresholds.heldOutOverall,
    )
    for (const field of STRUCTURE_FIELDS) {
      expect(percent(all[field])).toBeGreaterThanOrEqual(thresholds.perField[field])
    }
  })

  it('reads every byline and caption of the unambiguous layouts', async () => {
    const clear = tally((await loadCorpus(folder)).map(measureArticle), true)
    const bylines = BYLINE_FIELDS.reduce(
      (sum, f) => ({ right: sum.right + clear[f].right, total: sum.total + clear[f].total }),
      { right: 0, total: 0 },
    )
    expect(percent(bylines)).toBeGreaterThanOrEqual(thresholds.clearBylines)
    expect(percent(clear.captions)).toBeGreaterThanOrEqual(thresholds.clearCaptions)
  })
})
