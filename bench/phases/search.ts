import { load } from '../lib/machine'
import { benchResult, runToEnd } from '../lib/proc'
import { fmt } from '../lib/stats'

interface Latency {
  p50: number
  p95: number
  max: number
  n: number
}

interface Agreement {
  queriesWithHits: number
  meanTopOverlap: number
  sameFirstHit: number
  bothEmpty: number
}

/** What bench/search/measure.ts prints. */
export interface SearchResult {
  queries: number
  reps: number
  topN: number
  documents: number
  indexBytes: number | null
  buildSeconds: number
  inStepCheckSeconds: number
  route: Latency
  index: Latency
  hitsOnFirstPage: { zero: number; full: number }
  reference: { buildSeconds: number; documents: number; approxMB: number; query: Latency }
  agreement: Agreement
  weights: (Agreement & { weights: { headline: number; lead: number; body: number } })[]
  perQuery: { q: string; reference: number; overlap: { overlap: number; sameFirst: boolean } }[]
  memory: { when: string; rssMB: number; heapUsedMB: number; externalMB: number }[]
  loadAfter?: [number, number, number]
}

/** The search phase: one process on the fixture database (bench/search/measure.ts). */
export const measureSearch = async (options: {
  app: string
  env: NodeJS.ProcessEnv
  logFile: string
}): Promise<SearchResult> => {
  const run = await runToEnd(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=12288',
      '--conditions=development',
      '--import',
      'tsx',
      'bench/search/measure.ts',
    ],
    { cwd: options.app, env: options.env, logFile: options.logFile },
  )
  const result = benchResult<SearchResult>(run.stdout)
  if (!result) throw new Error(`the search phase failed; see ${options.logFile}`)
  return { ...result, loadAfter: load() }
}

const ms = (value: number): string => `${value.toFixed(1)} ms`
const pct = (value: number): string => `${(value * 100).toFixed(0)} %`

export const searchLines = (s: SearchResult): string[] => {
  const best = [...s.weights].sort((a, b) => b.meanTopOverlap - a.meanTopOverlap)[0]
  return [
    '## Search — the database’s full-text index (FTS5) against the former in-process index',
    '',
    `${s.queries} queries (bench/search/queries.txt) × ${s.reps}, one at a time, on ${fmt(s.documents)} indexed articles. ` +
      '"route" is `GET /content/v1/search?q=…&limit=10` over HTTP in the same process with the response cache off ' +
      '(index query + re-read of the hits through the published scope + covers + JSON); "index" is the index query ' +
      'alone. The reference is today’s ranking: src/delivery/search/index.ts built over every published article ' +
      '(no 5,000 cap), top 10 compared.',
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| index build from empty (start on a fresh database) | ${fmt(s.buildSeconds)} s |`,
    `| start-up check of an index already in step | ${fmt(s.inStepCheckSeconds)} s |`,
    `| index file size | ${s.indexBytes === null ? 'n/a' : `${fmt(s.indexBytes / 1e6)} MB`} |`,
    `| route p50 / p95 / max | ${ms(s.route.p50)} / ${ms(s.route.p95)} / ${ms(s.route.max)} |`,
    `| index p50 / p95 / max | ${ms(s.index.p50)} / ${ms(s.index.p95)} / ${ms(s.index.max)} |`,
    `| in-process reference: build / approx. size | ${fmt(s.reference.buildSeconds)} s / ${fmt(s.reference.approxMB)} MB |`,
    `| in-process reference query p50 / p95 / max | ${ms(s.reference.query.p50)} / ${ms(s.reference.query.p95)} / ${ms(s.reference.query.max)} |`,
    `| queries with hits in the reference | ${s.agreement.queriesWithHits} (both empty: ${s.agreement.bothEmpty}) |`,
    `| mean top-10 overlap with the reference | ${pct(s.agreement.meanTopOverlap)} |`,
    `| same first hit as the reference | ${s.agreement.sameFirstHit} of ${s.agreement.queriesWithHits} |`,
    '',
    'bm25() column weights (headline / lead / body) against the same reference:',
    '',
    '| weights | mean top-10 overlap | same first hit |',
    '| --- | ---: | ---: |',
    ...s.weights.map(
      (w) =>
        `| ${w.weights.headline} / ${w.weights.lead} / ${w.weights.body}${w === best ? ' (best)' : ''} | ${pct(w.meanTopOverlap)} | ${w.sameFirstHit} of ${w.queriesWithHits} |`,
    ),
    '',
    'Memory of the process (after a full GC):',
    '',
    '| when | RSS MB | heap used MB | external MB |',
    '| --- | ---: | ---: | ---: |',
    ...s.memory.map((m) => `| ${m.when} | ${m.rssMB} | ${m.heapUsedMB} | ${m.externalMB} |`),
    '',
    'Per query (top-10 overlap with the reference, same first hit):',
    '',
    '| query | reference hits in top 10 | overlap | same first |',
    '| --- | ---: | ---: | ---: |',
    ...s.perQuery.map(
      (q) => `| ${q.q} | ${q.reference} | ${pct(q.overlap.overlap)} | ${q.overlap.sameFirst ? 'yes' : 'no'} |`,
    ),
    '',
  ]
}
