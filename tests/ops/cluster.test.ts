import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Article } from '../../src/payload-types'
import { lexicalBody } from '../delivery/harness'
import { createArticleIn } from '../helpers/content'
import { startNewsroom, type NewsroomTest } from '../helpers/newsroom'
import { pristineCopy } from '../helpers/pristineCopy'
import { hasRedis, startRedis, warnIfNoRedis, type RunningRedis } from '../helpers/redis'
import { startServer, type RunningServer } from '../helpers/server'

warnIfNoRedis('The two-instance fan-out test (tests/ops/cluster.test.ts)')

const trials = 50
const deadlineMs = 2_000
const rateLimit = 20

/** Each polling request comes from an address of its own, so only the rate-limit test spends a client's budget. */
let nextClient = 0
const pollingClient = () => {
  nextClient++
  return `198.18.${(nextClient >> 8) & 255}.${nextClient & 255}`
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Two real app processes on one SQLite file and one Redis (issue #11). */
;(hasRedis ? describe : describe.skip)('two instances sharing one database and one Redis', () => {
  let newsroom: NewsroomTest
  let redis: RunningRedis
  let a: RunningServer
  let b: RunningServer
  let articles: Article[]
  let copy: string | undefined

  beforeAll(async () => {
    newsroom = await startNewsroom()
    const { payload } = newsroom.t
    articles = []
    for (let i = 0; i < trials + 1; i++)
      articles.push(
        await createArticleIn(payload, 'approved', {
          headline: `集群测试稿件${i}`,
          brands: [newsroom.n.app.id],
          owner: newsroom.n.reporter.id,
          body: lexicalBody({ paragraph: `集群测试正文${i}` }),
        }),
      )
    redis = await startRedis()
    const env = {
      DATABASE_URI: `file:${path.join(newsroom.t.dir, 'test.db')}`,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET as string,
      REDIS_URL: redis.url,
      JOBS_AUTORUN: 'false',
      TRUST_PROXY: 'true',
      DELIVERY_RATE_LIMIT: String(rateLimit),
      LOG_FORMAT: 'json',
    }
    copy = await pristineCopy(process.cwd())
    const started = await Promise.allSettled([startServer(env), startServer(env, undefined, copy)])
    ;[a, b] = started.map((result) => (result.status === 'fulfilled' ? result.value : (undefined as never)))
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    // Next compiles the /api route on its first request (30 s and more in development): not part of any measurement.
    for (const server of [a, b]) expect((await fetch(`${server.url}/api/users/me`)).status).toBe(200)
  }, 400_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await redis?.stop()
    await newsroom?.t.close()
    if (copy) await rm(copy, { recursive: true, force: true })
  }, 60_000)

  const get = (server: RunningServer, url: string, client = pollingClient()) =>
    fetch(`${server.url}/content/v1${url}`, { headers: { 'X-Forwarded-For': client } })

  const listed = async (server: RunningServer, id: string) => {
    const response = await get(server, '/articles')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { items: { id: string }[] }
    return body.items.some((item) => item.id === id)
  }

  const fire = async (server: RunningServer, id: string, transition: string, comment?: string) => {
    const response = await fetch(`${server.url}/api/articles/${id}/workflow/${transition}`, {
      method: 'POST',
      headers: { Authorization: `JWT ${newsroom.tokens.chief}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(comment ? { comment } : {}),
    })
    expect(`${transition} ${response.status}`).toBe(`${transition} 200`)
  }

  /** Milliseconds from `since` (the write's answer) until `seen` holds, polling every 10 ms; fails past the two-second promise. */
  const until = async (since: number, seen: () => Promise<boolean>): Promise<number> => {
    for (;;) {
      if (await seen()) return performance.now() - since
      const elapsed = performance.now() - since
      if (elapsed > deadlineMs) throw new Error(`not seen after ${Math.round(elapsed)} ms`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  const report = (what: string, samples: number[]) => {
    const sorted = [...samples].sort((x, y) => x - y)
    const ms = (value: number) => `${value.toFixed(0)} ms`
    console.log(
      `${what} over ${sorted.length} trials: min ${ms(sorted[0])}, p50 ${ms(percentile(sorted, 50))}, ` +
        `p90 ${ms(percentile(sorted, 90))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted[sorted.length - 1])}`,
    )
  }

  it(`publish on B reaches A's cached list, withdrawal on A leaves B's cached item and list, each within 2 s (${trials} trials)`, async () => {
    const published: number[] = []
    const withdrawn: number[] = []
    for (const article of articles.slice(0, trials)) {
      const id = String(article.id)
      // Both caches hold what readers saw before the change.
      expect(await listed(a, id)).toBe(false)
      expect(await listed(a, id)).toBe(false)

      await fire(b, id, 'publish')
      let since = performance.now()
      published.push(
        await until(since, async () => (await listed(a, id)) && (await get(a, `/articles/${id}`)).status === 200),
      )

      expect((await get(b, `/articles/${id}`)).status).toBe(200)
      expect((await get(b, `/articles/${id}`)).status).toBe(200)
      expect(await listed(b, id)).toBe(true)
      await fire(a, id, 'withdraw', '集群测试撤稿')
      since = performance.now()
      withdrawn.push(
        await until(
          since,
          async () => [404, 410].includes((await get(b, `/articles/${id}`)).status) && !(await listed(b, id)),
        ),
      )
    }
    report('publish on B → served by A', published)
    report('withdraw on A → gone from B', withdrawn)
  }, 180_000)

  it('shares one rate-limit budget: a client that spent it on A is refused by B', async () => {
    const client = '192.0.2.77'
    for (let i = 0; i < rateLimit; i++) expect((await get(a, '/articles?limit=1', client)).status).toBe(200)
    expect((await get(a, '/articles?limit=1', client)).status).toBe(429)
    expect((await get(b, '/articles?limit=1', client)).status).toBe(429)
    expect((await get(b, '/articles?limit=1', '192.0.2.78')).status).toBe(200)
  })

  it('after Redis restarts, a reconnecting subscriber drops its cache: a withdrawal it never heard stops showing', async () => {
    const id = String(articles[trials].id)
    await fire(a, id, 'publish')
    await until(performance.now(), async () => (await get(b, `/articles/${id}`)).status === 200)
    expect((await get(b, `/articles/${id}`)).status).toBe(200)

    let since = 0
    const down = performance.now()
    await redis.restart(async () => {
      // Redis is gone: the message about this withdrawal is lost (A gives up publishing it after two retries).
      await fire(a, id, 'withdraw', '重连期间撤稿')
      console.log(`withdrawn on A ${(performance.now() - down).toFixed(0)} ms after Redis went down`)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      since = performance.now()
    })
    const gone = await (async () => {
      for (;;) {
        if ([404, 410].includes((await get(b, `/articles/${id}`)).status)) return performance.now() - since
        if (performance.now() - since > 10_000) throw new Error(`B still serves ${id}:\n${b.output().slice(-3000)}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })()
    console.log(`withdrawal missed during a Redis restart: gone from B after ${gone.toFixed(0)} ms`)
    expect(b.output()).toContain('delivery fan-out reconnected')
  }, 60_000)
})
