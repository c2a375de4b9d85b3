import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BaseDatabaseAdapter } from 'payload'

import { claimedJobIds, jobLeaseMs, releaseClaimedJobs } from '../../src/dbJobClaim'
import { startPayload, type TestPayload } from '../helpers/payload'

/** The claim on whichever adapter runs (SQLite here, MongoDB under `npm run test:mongo`). */
describe('claiming a job (src/dbJobClaim.ts)', () => {
  let t: TestPayload
  let db: BaseDatabaseAdapter
  const queueJob = async (queue = 'claim-test') =>
    t.payload.jobs.queue({
      task: 'publishScheduled',
      queue,
      input: { collection: 'articles', id: '00000000-0000-4000-8000-000000000000' },
    })
  const claim = (id: string | number) =>
    db.updateJobs({ id, data: { processing: true }, req: {}, returning: true }) as Promise<unknown[] | null>

  beforeAll(async () => {
    t = await startPayload()
    db = t.payload.db as unknown as BaseDatabaseAdapter
  })
  afterAll(async () => t?.close())

  it('two claims of one job at once: exactly one wins', async () => {
    const job = await queueJob()
    const results = await Promise.all([claim(job.id), claim(job.id), claim(job.id)])
    expect(results.map((docs) => docs?.length ?? 0).sort()).toEqual([0, 0, 1])
    expect(claimedJobIds(t.payload)).toContain(String(job.id))
    expect(await claim(job.id)).toEqual([])
  })

  it('two workers asking for one job each at once both get one: the loser of the race takes the next job', async () => {
    const jobs = [await queueJob('claim-next'), await queueJob('claim-next')]
    const claimOne = () =>
      db.updateJobs({
        where: { and: [{ queue: { equals: 'claim-next' } }, { processing: { equals: false } }] },
        data: { processing: true },
        limit: 1,
        sort: 'createdAt',
        req: {},
        returning: true,
      }) as Promise<Array<{ id: string | number }> | null>
    const [first, second] = await Promise.all([claimOne(), claimOne()])
    expect(first).toHaveLength(1)
    expect(second).toHaveLength(1)
    expect([first![0]!.id, second![0]!.id].map(String).sort()).toEqual(jobs.map((job) => String(job.id)).sort())
  })

  it('a claim held past its lease (its worker died) is won again; a finished job never is', async () => {
    const job = await queueJob()
    expect(await claim(job.id)).toHaveLength(1)
    const stale = new Date(Date.now() - jobLeaseMs() - 1_000).toISOString()
    await db.updateJobs({ id: job.id, data: { updatedAt: stale }, req: {}, returning: false })
    expect(await claim(job.id)).toHaveLength(1)

    await db.updateJobs({ id: job.id, data: { processing: false, completedAt: new Date().toISOString() }, req: {} })
    await db.updateJobs({ id: job.id, data: { updatedAt: stale }, req: {}, returning: false })
    expect(await claim(job.id)).toEqual([])
  })

  it('runners racing over one queue run each job once; a stopping worker releases what it holds', async () => {
    const jobs = []
    for (let i = 0; i < 30; i++) jobs.push(await queueJob('claim-race'))
    const runs = await Promise.all(
      [1, 2, 3].map(() => t.payload.jobs.run({ queue: 'claim-race', limit: 30, overrideAccess: true })),
    )
    const ran = runs.flatMap((run) => Object.keys(run.jobStatus ?? {}))
    expect(ran.sort()).toEqual(jobs.map((job) => String(job.id)).sort())

    const held = await queueJob('claim-release')
    expect(await claim(held.id)).toHaveLength(1)
    expect(await releaseClaimedJobs(t.payload)).toBeGreaterThanOrEqual(1)
    const released = await t.payload.findByID({ collection: 'payload-jobs', id: held.id, overrideAccess: true })
    expect(released.processing).toBe(false)
    expect(claimedJobIds(t.payload)).not.toContain(String(held.id))
  })
})
