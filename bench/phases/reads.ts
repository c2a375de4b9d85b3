import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { groupCpuSeconds } from '../lib/proc'
import { runWrk, type WrkResult } from '../lib/wrk'
import { spread, type Spread } from '../lib/stats'

/**
 * P1: the same two reads four ways — /content/v1 (warm response cache), stock Payload REST (`depth=1`, anonymous,
 * so our published-only read access applies), nginx serving the bytes /content/v1 answered, as the ceiling, and
 * /content/v1 behind the shipped nginx front (deploy/nginx.conf, a one-second micro-cache), as deployed.
 */

export type ReadGroup = 'article' | 'list'
export type ReadKind = 'delivery' | 'stock' | 'static' | 'proxied'

export interface ReadTarget {
  group: ReadGroup
  kind: ReadKind
  label: string
  url: string
  /** served by the A/B variant's server (--variant / --variant-sql) */
  variant?: boolean
  /** process group of the server behind the URL, for its CPU time per request */
  pgid?: number
}

export interface ReadTargetsInput {
  app: string
  staticBase: string
  staticRoot: string
  /** the shipped nginx front (deploy/nginx.conf) in front of `app` */
  proxyBase?: string
  articleSlug: string
  sectionSlug: string
  sectionId: string
  /** the A/B variant: only its delivery and stock targets, and the static files are left alone */
  variant?: boolean
}

export interface ReadCheck {
  target: string
  status: number
  bytes: number
  docs?: number
}

const get = async (url: string): Promise<{ status: number; body: string }> => {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

/**
 * Checks every target answers 200 with the expected rows, and writes the delivery bodies as the static files nginx
 * serves (so "static" is byte-for-byte what /content/v1 sends).
 */
export const prepareReadTargets = async (
  input: ReadTargetsInput,
): Promise<{ targets: ReadTarget[]; checks: ReadCheck[] }> => {
  const slug = encodeURIComponent(input.articleSlug)
  const targets: ReadTarget[] = [
    {
      group: 'article',
      kind: 'delivery',
      label: 'GET /content/v1/articles/:slug',
      url: `${input.app}/content/v1/articles/${slug}`,
    },
    {
      group: 'article',
      kind: 'stock',
      label: 'GET /api/articles?where[slug][equals]=…&depth=1&limit=1',
      url: `${input.app}/api/articles?where%5Bslug%5D%5Bequals%5D=${slug}&depth=1&limit=1`,
    },
    {
      group: 'article',
      kind: 'static',
      label: 'nginx: the same bytes as a file',
      url: `${input.staticBase}/article.json`,
    },
    {
      group: 'list',
      kind: 'delivery',
      label: `GET /content/v1/sections/${input.sectionSlug}/articles (20)`,
      url: `${input.app}/content/v1/sections/${input.sectionSlug}/articles`,
    },
    {
      group: 'list',
      kind: 'stock',
      label: 'GET /api/articles?where[sections][in]=…&sort=-publishedAt&limit=20&depth=1',
      url: `${input.app}/api/articles?where%5Bsections%5D%5Bin%5D=${input.sectionId}&sort=-publishedAt&limit=20&depth=1`,
    },
    {
      group: 'list',
      kind: 'static',
      label: 'nginx: the same bytes as a file',
      url: `${input.staticBase}/section-latest.json`,
    },
  ]
  if (input.proxyBase) {
    for (const delivery of targets.filter((target) => target.kind === 'delivery')) {
      const front = {
        ...delivery,
        kind: 'proxied' as const,
        label: `deploy/nginx.conf (1 s micro-cache) → ${delivery.label}`,
        url: delivery.url.replace(input.app, input.proxyBase),
      }
      targets.splice(targets.indexOf(delivery) + 1, 0, front)
    }
  }
  if (input.variant) {
    const variantTargets = targets
      .filter((target) => target.kind === 'delivery' || target.kind === 'stock')
      .map((target) => ({ ...target, variant: true, label: `variant: ${target.label}` }))
    const checks: ReadCheck[] = []
    for (const target of variantTargets) {
      const { status, body } = await get(target.url)
      if (status !== 200) throw new Error(`variant ${target.url} answered ${status}: ${body.slice(0, 300)}`)
      checks.push({ target: `variant ${target.group}/${target.kind}`, status, bytes: Buffer.byteLength(body) })
    }
    return { targets: variantTargets, checks }
  }
  const checks: ReadCheck[] = []
  for (const [group, file] of [
    ['article', 'article.json'],
    ['list', 'section-latest.json'],
  ] as const) {
    const delivery = targets.find((target) => target.group === group && target.kind === 'delivery') as ReadTarget
    const { status, body } = await get(delivery.url)
    if (status !== 200) throw new Error(`${delivery.url} answered ${status}: ${body.slice(0, 300)}`)
    writeFileSync(path.join(input.staticRoot, file), body)
    checks.push({
      target: `${group}/delivery`,
      status,
      bytes: Buffer.byteLength(body),
      docs: group === 'list' ? (JSON.parse(body) as { items: unknown[] }).items.length : 1,
    })
    const stock = targets.find((target) => target.group === group && target.kind === 'stock') as ReadTarget
    const answer = await get(stock.url)
    if (answer.status !== 200) throw new Error(`${stock.url} answered ${answer.status}: ${answer.body.slice(0, 300)}`)
    const docs = (JSON.parse(answer.body) as { docs: unknown[] }).docs.length
    if (docs === 0) throw new Error(`${stock.url} found nothing`)
    checks.push({ target: `${group}/stock`, status: answer.status, bytes: Buffer.byteLength(answer.body), docs })
  }
  for (const target of targets.filter((entry) => entry.kind === 'static' || entry.kind === 'proxied')) {
    const { status, body } = await get(target.url)
    if (status !== 200) throw new Error(`${target.url} answered ${status}: ${body.slice(0, 300)}`)
    checks.push({ target: `${target.group}/${target.kind}`, status, bytes: Buffer.byteLength(body) })
  }
  return { targets, checks }
}

export interface ReadSeries {
  target: ReadTarget
  runs: WrkResult[]
  /**
   * Server CPU (user + system, all its processes) per answered request, µs: what a request costs, far less
   * sensitive than req/s to other work on the machine.
   */
  cpuUs: Spread
  rps: Spread
  p50: Spread
  p99: Spread
  errors: number
}

/** Repetition-major order (all targets once, then again), so a change in background load hits every target alike. */
export const measureReads = async (
  targets: ReadTarget[],
  options: {
    reps: number
    connections: number
    threads: number
    durationSeconds: number
    onRun?: (target: ReadTarget, rep: number, result: WrkResult) => void
  },
): Promise<ReadSeries[]> => {
  const runs = new Map<ReadTarget, WrkResult[]>(targets.map((target) => [target, []]))
  const cpu = new Map<ReadTarget, number[]>(targets.map((target) => [target, []]))
  for (let rep = 1; rep <= options.reps; rep++) {
    for (const target of targets) {
      await fetch(target.url).then((response) => response.arrayBuffer())
      const cpuBefore = target.pgid ? groupCpuSeconds(target.pgid) : 0
      const result = await runWrk({
        url: target.url,
        connections: options.connections,
        threads: options.threads,
        durationSeconds: options.durationSeconds,
      })
      if (target.pgid && result.requests > 0)
        cpu.get(target)?.push(((groupCpuSeconds(target.pgid) - cpuBefore) * 1e6) / result.requests)
      runs.get(target)?.push(result)
      options.onRun?.(target, rep, result)
    }
  }
  return targets.map((target) => {
    const results = runs.get(target) ?? []
    return {
      target,
      runs: results,
      cpuUs: spread(cpu.get(target) ?? []),
      rps: spread(results.map((result) => result.rps)),
      p50: spread(results.map((result) => result.p50)),
      p99: spread(results.map((result) => result.p99)),
      errors: results.reduce((sum, result) => sum + result.errors, 0),
    }
  })
}
