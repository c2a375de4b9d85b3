import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Webhook } from '../../src/payload-types'
import { queueScheduledTransition } from '../../src/workflow/schedule'
import { createArticleIn } from '../helpers/content'
import { createNewsroom, type Newsroom } from '../helpers/newsroom'
import { startPayload, type TestPayload } from '../helpers/payload'
import { startReceiver, startWorker, type Worker } from './workers'

const items = 100 // of each: scheduled publications and scheduled withdrawals
const messages = 100 // per webhook, two webhooks
const leaseMs = 8_000 // longer than a delivery attempt (5 s), short enough for a test

const countBy = (values: string[]) =>
  values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map())

/**
 * Issue #11: several app instances, one job worker role, nothing done twice. Real `src/worker.ts` processes share the
 * test's database (SQLite file, or MongoDB under `npm run test:mongo`).
 */
describe('two job workers on one database', () => {
  let t: TestPayload
  let n: Newsroom
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  const workers: Worker[] = []
  const env = () => ({
    DATABASE_URI: process.env.DATABASE_URI as string,
    MEDIA_DIR: path.join(t.dir, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET as string,
    LOG_LEVEL: 'info',
    JOB_LEASE_MS: String(leaseMs),
    WEBHOOK_RETRY_BASE_MS: '0',
  })
  const jobsLeft = async () =>
    t.payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs
    while (!(await check())) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}\n${workers.map((w) => w.output()).join('\n')}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  beforeAll(async () => {
    t = await startPayload()
    n = await createNewsroom(t.payload)
    receiver = await startReceiver()
  })
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL')
    await receiver?.close()
    await t?.close()
  })

  it('400 jobs due at once (200 scheduled publications and withdrawals, 200 webhook deliveries) each run exactly once', async () => {
    const past = new Date(Date.now() - 1_000).toISOString()
    const fixturesStarted = Date.now()
    const toPublish = []
    const toWithdraw = []
    for (let i = 0; i < items; i++) {
      const data = { headline: `定时 ${i}`, brands: [n.daily.id], owner: n.reporter.id }
      toPublish.push(await createArticleIn(t.payload, 'scheduled', { ...data, scheduledAt: past }))
      toWithdraw.push(
        await createArticleIn(t.payload, 'published', { ...data, headline: `撤稿 ${i}`, withdrawAt: past }),
      )
    }
    for (const article of toPublish)
      await queueScheduledTransition(t.payload, 'publishScheduled', { collection: 'articles', id: article.id }, past)
    for (const article of toWithdraw)
      await queueScheduledTransition(t.payload, 'withdrawScheduled', { collection: 'articles', id: article.id }, past)
    const hooks: Webhook[] = []
    for (const name of ['a', 'b'])
      hooks.push(
        await t.payload.create({
          collection: 'webhooks',
          data: { name, url: receiver.url(`/${name}`), events: ['update'] },
          overrideAccess: true,
        }),
      )
    const expectedKeys: string[] = []
    for (let i = 0; i < messages; i++) {
      const message = { id: randomUUID(), event: 'update', occurredAt: past, collection: 'articles', item: { id: 'x' } }
      for (const hook of hooks) {
        expectedKeys.push(`${hook.id}:${message.id}`)
        await t.payload.jobs.queue({
          task: 'deliverWebhook',
          queue: 'webhooks',
          input: { webhook: hook.id, event: 'update', payload: message },
        })
      }
    }
    expect(await jobsLeft()).toEqual({ totalDocs: 4 * items })
    const fixturesMs = Date.now() - fixturesStarted

    const spawned = Date.now()
    workers.push(await startWorker('worker-1', env()), await startWorker('worker-2', env()))
    const readyMs = await Promise.all(workers.map((worker) => worker.ready))
    await until('every job to finish', async () => (await jobsLeft()).totalDocs === 0, 220_000)
    const doneMs = Date.now() - spawned

    const { docs: audit } = await t.payload.find({
      collection: 'workflow-audit',
      where: { transition: { in: ['publishScheduled', 'withdrawScheduled'] } },
      limit: 10 * items,
      depth: 0,
      overrideAccess: true,
    })
    const published = countBy(audit.filter((a) => a.transition === 'publishScheduled').map((a) => a.itemId))
    const withdrawn = countBy(audit.filter((a) => a.transition === 'withdrawScheduled').map((a) => a.itemId))
    expect(toPublish.map((article) => published.get(article.id))).toEqual(toPublish.map(() => 1))
    expect(toWithdraw.map((article) => withdrawn.get(article.id))).toEqual(toWithdraw.map(() => 1))
    expect(audit).toHaveLength(2 * items)

    const byKey = countBy(receiver.received.map((delivery) => String(delivery.headers['idempotency-key'])))
    expect(expectedKeys.map((key) => byKey.get(key))).toEqual(expectedKeys.map(() => 1))
    expect(receiver.received).toHaveLength(2 * messages)

    const batches = workers.map((worker) => (worker.output().match(/Running 1 jobs/g) ?? []).length)
    console.log(
      `cluster: fixtures ${fixturesMs} ms; workers ready after ${readyMs.join(' / ')} ms; ` +
        `${4 * items} jobs done ${doneMs} ms after spawn (${doneMs - Math.max(...readyMs)} ms after both ready); ` +
        `job runs per worker ${batches.join(' / ')} (a run that failed and was retried counts twice)`,
    )
    expect(batches.every((count) => count > 0)).toBe(true)
  }, 330_000)

  it('a worker stopped with SIGTERM exits 0; one killed with kill -9 mid-delivery: the job runs again after its lease, once', async () => {
    const [first, second] = workers as [Worker, Worker]
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)

    const hook = await t.payload.create({
      collection: 'webhooks',
      data: { name: 'slow', url: receiver.url('/slow'), events: ['update'] },
      overrideAccess: true,
    })
    receiver.hangOnce('/slow')
    const arrived = receiver.arrival((delivery) => delivery.path === '/slow')
    const message = { id: randomUUID(), event: 'update', occurredAt: new Date().toISOString(), collection: 'articles' }
    const job = await t.payload.jobs.queue({
      task: 'deliverWebhook',
      queue: 'webhooks',
      input: { webhook: hook.id, event: 'update', payload: { ...message, item: { id: 'y' } } },
    })
    await arrived
    first.child.kill('SIGKILL')
    const killedAt = Date.now()
    await first.exited
    const third = await startWorker('worker-3', env())
    workers.push(third)
    await third.ready
    await until(
      'the job to complete',
      // Payload deletes a job once it completes.
      async () => {
        const left = await t.payload.find({
          collection: 'payload-jobs',
          where: { id: { equals: job.id } },
          overrideAccess: true,
        })
        return left.docs.length === 0 || Boolean(left.docs[0]?.completedAt)
      },
      60_000,
    )
    const rerunMs = Date.now() - killedAt

    const slow = receiver.received.filter((delivery) => delivery.path === '/slow')
    expect(slow).toHaveLength(2)
    expect(new Set(slow.map((delivery) => delivery.headers['idempotency-key']))).toEqual(
      new Set([`${hook.id}:${message.id}`]),
    )
    const { docs: logged } = await t.payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: hook.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(logged.map((entry) => entry.statusCode)).toEqual([204])
    console.log(`cluster: kill -9 mid-delivery → delivered again ${rerunMs} ms later (lease ${leaseMs} ms)`)

    third.child.kill('SIGTERM')
    expect(await third.exited).toBe(0)
  }, 120_000)
})
