import express from 'express'
import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { SchemaNewerThanCode } from './dbMigrations'
import { claimedJobIds, releaseClaimedJobs } from './dbJobClaim'
import { healthRoutes } from './http/health'
import { queueRunners, type QueueRunner } from './jobQueues'

const port = Number(process.env.PORT ?? 3001)
const hostname = process.env.HOST ?? '0.0.0.0'
/** How long a stopping worker lets its current jobs finish before handing them back to the queue. */
const drainMs = Number(process.env.WORKER_DRAIN_MS ?? 20_000)

let stopping = false
const sleepers = new Set<() => void>()
/** A wait that stopping cuts short. */
const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      sleepers.delete(done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    sleepers.add(done)
  })

/**
 * Polls one queue at its autoRun interval and, while it finds due jobs, takes them one at a time: a job is claimed
 * only just before it runs, so its lease (JOB_LEASE_MS) never runs out while it waits behind others in a batch, and a
 * database that takes one writer at a time is not handed twenty at once. Unlike Payload's cron (one batch per tick),
 * 200 publications due at midnight do not wait ten ticks.
 */
const runQueue = async (payload: Payload, { queue, everyMs }: QueueRunner): Promise<void> => {
  while (!stopping) {
    let ran = 0
    try {
      const result = await payload.jobs.run({ queue, limit: 1, overrideAccess: true })
      ran = Object.keys(result.jobStatus ?? {}).length
    } catch (error) {
      payload.logger.error({ err: error, msg: 'jobs run failed', queue })
    }
    if (ran === 0 && !stopping) await pause(everyMs)
  }
}

/**
 * `npm run worker`: the jobs role. It runs the queues the plugins add (scheduled publishing every 15 s, webhooks every
 * 5 s) and serves only /healthz and /readyz; web instances run with JOBS_AUTORUN=false. Any number of workers may run:
 * each job is claimed by one (src/dbJobClaim.ts).
 */
const start = async (): Promise<void> => {
  // No cron: this process runs the queues itself, below.
  const payload = await getPayload({ config })
  const runners = await queueRunners(payload)

  const app = express()
  app.disable('x-powered-by')
  app.use(healthRoutes(payload))
  app.use((_req, res) => void res.status(404).json({ error: 'this is a jobs worker' }))
  const server = app.listen(port, hostname, () => {
    payload.logger.info({ msg: `Jobs worker ready: http://localhost:${port}/healthz`, queues: runners })
  })
  const loops = runners.map((runner) => runQueue(payload, runner))

  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    for (const wake of [...sleepers]) wake()
    payload.logger.info({ msg: 'worker stopping', signal, running: claimedJobIds(payload).length })
    setTimeout(() => process.exit(1), drainMs + 10_000).unref()
    // The current batches get `drainMs` to finish; what is still claimed then goes back to the queue.
    await Promise.race([Promise.all(loops), new Promise((resolve) => setTimeout(resolve, drainMs).unref())])
    const released = await releaseClaimedJobs(payload).catch(() => 0)
    if (released > 0) payload.logger.warn({ msg: 'released unfinished jobs', released })
    server.close()
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

start().catch((error: unknown) => {
  // A refusal says what to do; its stack says nothing more.
  console.error(error instanceof SchemaNewerThanCode ? error.message : error)
  process.exit(1)
})
