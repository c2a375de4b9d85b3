/**
 * The search phase, in one process on the fixture database (run by bench/run.ts inside the app snapshot, NODE_ENV
 * production, `--expose-gc`): builds the database's full-text index from empty as a fresh start would, serves the 50
 * queries of bench/search/queries.txt through /content/v1/search (response cache off) and through the index alone,
 * then builds the former in-process index (src/delivery/search/index.ts) over the same published articles, with no
 * 5,000 cap, and compares the rankings. Prints one `BENCH_RESULT {json}` line.
 */
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express from 'express'
import { getPayload } from 'payload'

import config from '../../payload.config'
import { openSearchIndex, type FieldWeights } from '../../src/dbSearchIndex'
import { listArticles } from '../../src/delivery/content/articles'
import { loadPhotoCaptionsByIds } from '../../src/delivery/content/photoCaptions'
import { publishedScope } from '../../src/delivery/content/scope'
import type { ListCursor } from '../../src/delivery/cursor'
import { createDeliveryRouter } from '../../src/delivery/router'
import { SearchIndex } from '../../src/delivery/search/index'
import { ArticleSearch, fieldWeights, termQuery } from '../../src/delivery/search/service'
import { indexedText } from '../../src/delivery/search/text'
import { bodyReferences, parseBody } from '../../src/delivery/serializers/body'

const here = path.dirname(fileURLToPath(import.meta.url))
const reps = Number(process.env.BENCH_SEARCH_REPS ?? 3)
const topN = 10
const maxBodyChars = 20_000

const queries = readFileSync(path.join(here, 'queries.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))

const progress = (message: string): void => {
  process.stderr.write(`[search ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024)
const memory = (when: string) => {
  ;(globalThis as { gc?: () => void }).gc?.()
  const usage = process.memoryUsage()
  return { when, rssMB: mb(usage.rss), heapUsedMB: mb(usage.heapUsed), externalMB: mb(usage.external) }
}
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
const latency = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(...values),
  n: values.length,
})
const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

const agreement = (reference: string[][], candidate: string[][]) => {
  let overlap = 0
  let sameFirst = 0
  let bothEmpty = 0
  let compared = 0
  const perQuery = reference.map((expected, index) => {
    const got = candidate[index] ?? []
    if (expected.length === 0) {
      if (got.length === 0) bothEmpty++
      return { overlap: got.length === 0 ? 1 : 0, sameFirst: got.length === 0 }
    }
    compared++
    const shared = got.filter((id) => expected.includes(id)).length / Math.min(topN, expected.length)
    overlap += shared
    if (got[0] === expected[0]) sameFirst++
    return { overlap: shared, sameFirst: got[0] === expected[0] }
  })
  return {
    queriesWithHits: compared,
    meanTopOverlap: compared ? overlap / compared : NaN,
    sameFirstHit: sameFirst,
    bothEmpty,
    perQuery,
  }
}

const main = async () => {
  const samples = [memory('boot (before Payload)')]
  const payload = await getPayload({ config })
  samples.push(memory('Payload ready'))
  const scope = publishedScope(payload)
  const store = openSearchIndex(payload)
  await store.prepare()
  await store.clear()

  // 1. A fresh index, built as a start on an empty index builds it.
  progress('building the full-text index from empty')
  const fresh = new ArticleSearch(scope, { maxBodyChars })
  const [, buildMs] = await timed(() => fresh.start())
  await fresh.close()
  const indexStats = await store.stats()
  samples.push(memory('after the full-text index build'))

  progress(`index built in ${(buildMs / 1000).toFixed(1)} s; ${indexStats.documents} documents`)
  // 2. The route, as a reader calls it; the router's own start-up check of an index already in step is timed too.
  const router = createDeliveryRouter(payload, {
    rateLimitPerMinute: 0,
    cache: { maxEntries: 0, maxBytes: 0, ttlMs: 0 },
  })
  const [, inStepCheckMs] = await timed(() => router.delivery.search.synchronised())
  const app = express()
  app.use('/content/v1', router)
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/content/v1`
  const routeMs: number[] = []
  const indexMs: number[] = []
  const hitCounts: number[] = []
  const ftsTop: string[][] = []
  for (let rep = 0; rep < reps; rep++) {
    for (const [index, q] of queries.entries()) {
      const [response, ms] = await timed(() => fetch(`${base}/search?q=${encodeURIComponent(q)}&limit=${topN}`))
      const body = (await response.json()) as { items?: { id: string }[] }
      if (response.status !== 200) throw new Error(`search ${q}: ${response.status} ${JSON.stringify(body)}`)
      routeMs.push(ms)
      const [page, direct] = await timed(() => router.delivery.search.search(q, { offset: 0, limit: topN }))
      indexMs.push(direct)
      if (rep === 0) {
        ftsTop[index] = page.hits.map((hit) => hit.id)
        hitCounts.push(body.items?.length ?? 0)
      }
    }
  }
  samples.push(memory('after the queries'))
  progress('route and index queries done')
  server.closeAllConnections()
  server.close()
  await router.delivery.close()

  // Other bm25() column weights, scored against the same reference below.
  const weightSets: FieldWeights[] = [
    fieldWeights,
    { headline: 1, lead: 1, body: 1 },
    { headline: 2, lead: 1.5, body: 1 },
    { headline: 5, lead: 3, body: 1 },
  ]
  const weightedTop: string[][][] = []
  for (const weights of weightSets) {
    const tops: string[][] = []
    for (const q of queries) {
      const result = await store.match(termQuery(q, topN, weights))
      tops.push('ranked' in result ? result.ranked.map((hit) => hit.id) : [])
    }
    weightedTop.push(tops)
  }

  progress('other bm25() weights done; building the in-process reference')
  // 3. Today's ranking: the in-process index over every published article (the old loader, without the cap).
  const reference = new SearchIndex()
  const [, referenceBuildMs] = await timed(async () => {
    let cursor: ListCursor | null = null
    do {
      const page = await listArticles(scope, null, 100, cursor)
      const captionIds = page.records.flatMap((article) => bodyReferences(parseBody(article.body)).photoCaptionIds)
      const captions = await loadPhotoCaptionsByIds(scope, captionIds)
      for (const article of page.records) reference.add(article.id, indexedText(article, captions, maxBodyChars))
      cursor = page.next
      if (reference.size % 10_000 < page.records.length) progress(`reference: ${reference.size} articles`)
    } while (cursor)
  })
  samples.push(memory('after the in-process reference index build'))
  progress(`reference built in ${(referenceBuildMs / 1000).toFixed(1)} s; querying it`)
  const referenceMs: number[] = []
  const referenceTop: string[][] = []
  for (let rep = 0; rep < reps; rep++) {
    for (const [index, q] of queries.entries()) {
      const [hits, ms] = await timed(() => reference.search(q))
      referenceMs.push(ms)
      if (rep === 0) referenceTop[index] = hits.slice(0, topN).map((hit) => hit.id)
    }
  }

  const result = {
    queries: queries.length,
    reps,
    topN,
    documents: indexStats.documents,
    indexBytes: indexStats.bytes,
    buildSeconds: buildMs / 1000,
    inStepCheckSeconds: inStepCheckMs / 1000,
    route: latency(routeMs),
    index: latency(indexMs),
    hitsOnFirstPage: {
      zero: hitCounts.filter((count) => count === 0).length,
      full: hitCounts.filter((c) => c === topN).length,
    },
    reference: {
      buildSeconds: referenceBuildMs / 1000,
      documents: reference.size,
      approxMB: mb(reference.stats().approxBytes),
      query: latency(referenceMs),
    },
    agreement: agreement(referenceTop, ftsTop),
    weights: weightSets.map((weights, index) => {
      const { perQuery: _perQuery, ...summary } = agreement(referenceTop, weightedTop[index] ?? [])
      return { weights, ...summary }
    }),
    perQuery: queries.map((q, index) => ({
      q,
      reference: referenceTop[index]?.length ?? 0,
      overlap: agreement([referenceTop[index] ?? []], [ftsTop[index] ?? []]).perQuery[0],
    })),
    memory: samples,
  }
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`)
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
