import { sql } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload, Where } from 'payload'

type UpdateJobsArgs = Parameters<BaseDatabaseAdapter['updateJobs']>[0]
type JobRow = { id: string | number }

const defaultLeaseMs = 5 * 60_000
const spareCandidates = 8

/**
 * How long a claimed job stays its worker's: longer than any task runs (a webhook attempt is bounded by 5 s). A job
 * still `processing` after its lease belonged to a worker that died (Payload issue #17645) and is claimable again.
 */
export const jobLeaseMs = (value = process.env.JOB_LEASE_MS): number => {
  const ms = Number(value)
  return value !== undefined && Number.isInteger(ms) && ms > 0 ? ms : defaultLeaseMs
}

/** Jobs this process has claimed and not yet finished, by adapter: what a stopping worker waits for or releases. */
const inFlight = new WeakMap<object, Set<string>>()

export const claimedJobIds = (payload: Pick<Payload, 'db'>): string[] => [...(inFlight.get(payload.db) ?? [])]

const withoutProcessingFalse = (where: Where | undefined): Where[] =>
  Array.isArray(where?.and)
    ? where.and.filter((clause) => JSON.stringify(clause) !== JSON.stringify({ processing: { equals: false } }))
    : where
      ? [where]
      : []

/** Free, or held past its lease. */
const claimableWhere = (expiry: string): Where => ({
  or: [
    { processing: { equals: false } },
    { and: [{ processing: { equals: true } }, { updatedAt: { less_than: expiry } }] },
  ],
})

interface Claim {
  id: string | number
  now: string
  expiry: string
  /** A queue run honours `waitUntil`; a run by id does not (Payload's runByID). */
  due: boolean
  transactionID?: string | number
}

/**
 * The compare-and-set: one conditional UPDATE per candidate, which only one process can win. It repeats the find's
 * conditions because another worker may have run, finished or rescheduled the job since.
 */
const compareAndSet = async (adapter: BaseDatabaseAdapter, claim: Claim): Promise<boolean> => {
  if (adapter.name === 'mongoose') {
    const model = (
      adapter as unknown as {
        collections: Record<
          string,
          { updateOne: (filter: object, update: object) => Promise<{ matchedCount?: number }> }
        >
      }
    ).collections['payload-jobs']
    const result = await model!.updateOne(
      {
        _id: claim.id,
        completedAt: null,
        hasError: { $ne: true },
        $and: [
          { $or: [{ processing: false }, { processing: true, updatedAt: { $lt: new Date(claim.expiry) } }] },
          ...(claim.due ? [{ $or: [{ waitUntil: null }, { waitUntil: { $lt: new Date(claim.now) } }] }] : []),
        ],
      },
      { $set: { processing: true, updatedAt: new Date(claim.now) } },
    )
    return (result.matchedCount ?? 0) === 1
  }
  const drizzle = adapter as unknown as {
    drizzle: { run: (query: ReturnType<typeof sql>) => Promise<{ rowsAffected: number }> }
    sessions: Record<string, { db: { run: (query: ReturnType<typeof sql>) => Promise<{ rowsAffected: number }> } }>
  }
  const db = (claim.transactionID !== undefined && drizzle.sessions[String(claim.transactionID)]?.db) || drizzle.drizzle
  const due = claim.due ? sql`AND (wait_until IS NULL OR wait_until < ${claim.now})` : sql``
  const result = await db.run(
    sql`UPDATE payload_jobs SET processing = 1, updated_at = ${claim.now}
      WHERE id = ${claim.id} AND completed_at IS NULL AND (has_error IS NULL OR has_error = 0)
      AND (processing = 0 OR updated_at < ${claim.expiry}) ${due}`,
  )
  return result.rowsAffected === 1
}

/**
 * Payload 3's runner claims jobs by finding ids, then updating them without `processing = false` in the update: two
 * instances can both win a job, and a job whose worker died stays `processing` forever (fixed only in 4.0, #17441).
 * Here a claim (`updateJobs` setting `processing: true`) finds candidates, wins each with a compare-and-set, and hands
 * the original update only the ids it won. Every other job update passes through unchanged.
 */
export const claimJobsAtomically = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter
    const updateJobs = adapter.updateJobs.bind(adapter)
    const mine = new Set<string>()
    inFlight.set(adapter, mine)

    const passThrough = async (update: UpdateJobsArgs) => {
      const result = await updateJobs(update)
      if (update.data?.processing === false || update.data?.completedAt) {
        if (update.id !== undefined) mine.delete(String(update.id))
        else for (const job of (result ?? []) as JobRow[]) mine.delete(String(job.id))
      }
      return result
    }
    const claim = async (update: UpdateJobsArgs) => {
      const now = new Date()
      const expiry = new Date(now.getTime() - jobLeaseMs()).toISOString()
      const where: Where = update.id !== undefined ? { id: { equals: update.id } } : (update.where ?? {})
      const wanted = update.id !== undefined ? 1 : (update.limit ?? 10)
      const { docs } = await adapter.find({
        collection: 'payload-jobs',
        where: { and: [...withoutProcessingFalse(where), claimableWhere(expiry)] },
        // A few spare candidates: a worker that loses a race for the first job takes the next instead of sleeping a
        // whole poll interval while another worker drains the queue alone.
        limit: update.id !== undefined ? 1 : wanted + spareCandidates,
        sort: update.sort,
        pagination: false,
        req: {},
      })
      const won: Array<string | number> = []
      const transactionID = (await update.req?.transactionID) ?? undefined
      for (const { id } of docs as JobRow[]) {
        if (won.length === wanted) break
        const claim = { id, now: now.toISOString(), expiry, due: update.id === undefined, transactionID }
        if (await compareAndSet(adapter, claim)) won.push(id)
      }
      if (won.length === 0) return update.returning === false ? null : []
      const result = await updateJobs({ ...update, id: undefined, where: { id: { in: won } }, limit: won.length })
      for (const id of won) mine.add(String(id))
      return result
    }

    adapter.updateJobs = async (update: UpdateJobsArgs) => {
      try {
        return await (update.data?.processing === true ? claim(update) : passThrough(update))
      } catch (error) {
        // Payload's caller commits the transaction it opens for a job update only on success: a failed one (SQLITE_BUSY
        // under load) stayed open, holding SQLite's write lock for good and stalling every worker on the file.
        const transactionID = await update.req?.transactionID
        if (transactionID !== undefined && transactionID !== null)
          await adapter.rollbackTransaction(transactionID).catch(() => undefined)
        throw error
      }
    }
    return adapter
  },
})

/** Hands this process's unfinished jobs back to the queue (a stopping worker): another worker runs them at once. */
export const releaseClaimedJobs = async (payload: Pick<Payload, 'db'>): Promise<number> => {
  const ids = claimedJobIds(payload)
  if (ids.length === 0) return 0
  await (payload.db as unknown as BaseDatabaseAdapter).updateJobs({
    where: { id: { in: ids } },
    data: { processing: false, updatedAt: new Date().toISOString() },
    limit: ids.length,
    returning: false,
    req: {},
  })
  for (const id of ids) inFlight.get(payload.db)?.delete(id)
  return ids.length
}
