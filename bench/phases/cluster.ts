import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startServer, type AppPaths, type RunningApp } from '../lib/app'
import { startNginx } from '../lib/nginx'
import { freePort, sleep, stopGroup, type Started } from '../lib/proc'
import { startRedis } from '../lib/redis'
import { percentile, spread, type Spread } from '../lib/stats'
import { runWrk, type WrkResult } from '../lib/wrk'
import { chiefFires, storyAwaitingSignOff, type StoryInput, type Tokens } from './writes'

/**
 * P5: the production shape of issue #11 on one machine. Two web instances (`npm start`, JOBS_AUTORUN=false) on one
 * database and one Redis, each behind the shipped deploy/nginx.conf: one front whose upstream is instance A alone, one
 * whose upstream is A and B. Reads go through both fronts, interleaved per repetition; then stories are published on
 * A and withdrawn on B while B, A and the front are polled, which is what a reader of another instance sees.
 */

export interface ClusterReadSeries {
  label: string
  path: string
  oneWeb: { rps: Spread; p99: Spread }
  twoWeb: { rps: Spread; p99: Spread }
  /** two-web req/s ÷ one-web req/s, per repetition */
  ratio: Spread
  errors: number
}

export interface VisibilitySeries {
  what: string
  samples: number
  p50: number
  p90: number
  p99: number
  max: number
  /** trials that were not seen within the deadline */
  missed: number
}

export interface ClusterResults {
  reads: ClusterReadSeries[]
  visibility: VisibilitySeries[]
  trials: number
  connections: number
  threads: number
  durationSeconds: number
}

export interface ClusterInput {
  paths: AppPaths
  runDir: string
  nginxConf: string
  logFile: (name: string) => string
  login: (base: string) => Promise<Tokens>
  story: StoryInput
  articleSlug: string
  reps: number
  trials: number
  connections: number
  threads: number
  durationSeconds: number
  log: (message: string) => void
}

const deadlineMs = 10_000
const pollMs = 10

/** Milliseconds from now until `seen()` holds, polling every 10 ms; null past the deadline. */
const until = async (seen: () => Promise<boolean>): Promise<number | null> => {
  const since = performance.now()
  for (;;) {
    if (await seen()) return performance.now() - since
    if (performance.now() - since > deadlineMs) return null
    await sleep(pollMs)
  }
}

const status = async (url: string): Promise<number> => {
  const response = await fetch(url)
  await response.arrayBuffer()
  return response.status
}

const visibility = (what: string, samples: (number | null)[]): VisibilitySeries => {
  const seen = samples.filter((sample): sample is number => sample !== null)
  return {
    what,
    samples: seen.length,
    p50: percentile(seen, 50),
    p90: percentile(seen, 90),
    p99: percentile(seen, 99),
    max: seen.length ? Math.max(...seen) : NaN,
    missed: samples.length - seen.length,
  }
}

const front = async (input: ClusterInput, name: string, apps: RunningApp[]): Promise<Started & { base: string }> => {
  const dir = path.join(input.runDir, name)
  const root = path.join(dir, 'static')
  mkdirSync(root, { recursive: true })
  writeFileSync(path.join(root, 'ready.txt'), 'ok\n')
  const port = await freePort()
  const proxyPort = await freePort()
  const nginx = await startNginx({
    dir,
    root,
    port,
    probePath: '/ready.txt',
    proxy: { port: proxyPort, appPorts: apps.map((app) => app.port), conf: input.nginxConf },
  })
  return { ...nginx, base: `http://127.0.0.1:${proxyPort}` }
}

export const measureCluster = async (input: ClusterInput): Promise<ClusterResults> => {
  const running: Started[] = []
  try {
    const redis = await startRedis(path.join(input.runDir, 'redis'))
    running.push(redis)
    const env = { REDIS_URL: redis.url, JOBS_AUTORUN: 'false', TRUST_PROXY: 'true' }
    input.log(`P5: two web instances on one database and Redis ${redis.url}`)
    const [a, b] = await Promise.all(
      ['a', 'b'].map((name) => startServer(input.paths, { logFile: input.logFile(`server-cluster-${name}`), env })),
    )
    running.push(a, b)
    const one = await front(input, 'nginx-one-web', [a])
    const two = await front(input, 'nginx-two-web', [a, b])
    running.push(one, two)

    const slug = encodeURIComponent(input.articleSlug)
    const targets = [
      {
        label: 'deploy/nginx.conf → GET /content/v1/articles/:slug (1 s micro-cache)',
        path: `/content/v1/articles/${slug}`,
      },
      {
        label:
          'deploy/nginx.conf → GET /api/articles?where[slug][equals]=…&depth=1 (not cached: every request reaches an instance)',
        path: `/api/articles?where%5Bslug%5D%5Bequals%5D=${slug}&depth=1&limit=1`,
      },
    ]
    for (const target of targets)
      for (const base of [one.base, two.base]) {
        const answer = await status(`${base}${target.path}`)
        if (answer !== 200) throw new Error(`${base}${target.path} answered ${answer}`)
      }
    const runs = targets.map(() => ({ one: [] as WrkResult[], two: [] as WrkResult[] }))
    for (let rep = 1; rep <= input.reps; rep++)
      for (const [index, target] of targets.entries())
        for (const [key, base] of [
          ['one', one.base],
          ['two', two.base],
        ] as const) {
          const result = await runWrk({
            url: `${base}${target.path}`,
            connections: input.connections,
            threads: input.threads,
            durationSeconds: input.durationSeconds,
          })
          runs[index][key].push(result)
          input.log(`  P5 rep ${rep} ${key} web ${target.path.slice(0, 40)}: ${result.rps.toFixed(1)} req/s`)
        }
    const reads = targets.map((target, index): ClusterReadSeries => {
      const { one: oneRuns, two: twoRuns } = runs[index]
      return {
        ...target,
        oneWeb: { rps: spread(oneRuns.map((run) => run.rps)), p99: spread(oneRuns.map((run) => run.p99)) },
        twoWeb: { rps: spread(twoRuns.map((run) => run.rps)), p99: spread(twoRuns.map((run) => run.p99)) },
        ratio: spread(twoRuns.map((run, rep) => run.rps / oneRuns[rep].rps)),
        errors: [...oneRuns, ...twoRuns].reduce((sum, run) => sum + run.errors, 0),
      }
    })

    input.log(`P5: publish on A, withdraw on B, ${input.trials} stories`)
    const tokens = { a: await input.login(a.url), b: await input.login(b.url) }
    const samples: Record<string, (number | null)[]> = {}
    const record = (what: string, ms: number | null) => (samples[what] ??= []).push(ms)
    const gone = (code: number) => code === 404 || code === 410
    for (let trial = 0; trial < input.trials; trial++) {
      const id = await storyAwaitingSignOff(a.url, tokens.a, input.story)
      const item = `/content/v1/articles/${id}`
      // Readers asked before: B's cache and the front's micro-cache hold the "not found".
      for (const base of [b.url, two.base]) if (!gone(await status(`${base}${item}`))) throw new Error(`${id} is live`)
      await chiefFires(a.url, tokens.a, id, 'publish')
      const [onB, viaFront] = await Promise.all([
        until(async () => (await status(`${b.url}${item}`)) === 200),
        until(async () => (await status(`${two.base}${item}`)) === 200),
      ])
      record('publish on A → served by B', onB)
      record('publish on A → served through nginx (two web)', viaFront)
      for (const base of [a.url, two.base]) await status(`${base}${item}`)
      await chiefFires(b.url, tokens.b, id, 'withdraw', '集群基准撤稿')
      const [offA, offFront] = await Promise.all([
        until(async () => gone(await status(`${a.url}${item}`))),
        until(async () => gone(await status(`${two.base}${item}`))),
      ])
      record('withdraw on B → gone from A', offA)
      record('withdraw on B → gone through nginx (two web)', offFront)
    }
    return {
      reads,
      visibility: Object.entries(samples).map(([what, values]) => visibility(what, values)),
      trials: input.trials,
      connections: input.connections,
      threads: input.threads,
      durationSeconds: input.durationSeconds,
    }
  } finally {
    for (const started of running.reverse()) await stopGroup(started)
  }
}
