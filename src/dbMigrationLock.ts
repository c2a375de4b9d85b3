import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { sql } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter } from 'payload'

/**
 * One lock row per database, held by one starting process while it migrates. A lease, not a flag: a process killed
 * mid-migration (kill -9, OOM, Payload's `process.exit(1)` on a failed migration) stops renewing it, and after the
 * lease another instance takes over. Leases compare each process's own clock: the lease must be far longer than the
 * clock skew between hosts (NTP keeps it under a second; the default is a minute).
 */
export interface MigrationLock {
  /** Takes the lock if it is free or its lease has run out; whether this holder has it now. */
  tryAcquire: (holder: string, leaseMs: number) => Promise<boolean>
  /** Extends this holder's lease; false when the lock is no longer this holder's. */
  renew: (holder: string, leaseMs: number) => Promise<boolean>
  /** Gives the lock up if this holder has it. */
  release: (holder: string) => Promise<void>
  /** Who holds it now (for the log line of an instance that waits). */
  holder: () => Promise<string | undefined>
}

const defaultLeaseMs = 60_000

export const migrationLockLeaseMs = (value = process.env.MIGRATION_LOCK_LEASE_MS): number => {
  const ms = Number(value)
  return value !== undefined && Number.isInteger(ms) && ms > 0 ? ms : defaultLeaseMs
}

/** Names this process in the lock row, so a waiting instance's log says whom it waits for. */
export const migrationLockHolder = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

type Run = (query: ReturnType<typeof sql>) => Promise<{ rowsAffected: number; rows: unknown[] }>

const sqliteLock = (adapter: BaseDatabaseAdapter): MigrationLock => {
  const run: Run = (query) => (adapter as unknown as { drizzle: { run: Run } }).drizzle.run(query)
  // Not a Payload collection: it exists before any migration has made Payload's tables, and no migration knows it.
  const ensureTable = () =>
    run(sql`CREATE TABLE IF NOT EXISTS newsroom_migration_lock (
      name TEXT PRIMARY KEY NOT NULL, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)`)
  return {
    tryAcquire: async (holder, leaseMs) => {
      await ensureTable()
      const now = Date.now()
      // One statement, so SQLite's write lock makes it atomic: the insert wins on a free lock, the update on an expired one.
      const result = await run(sql`INSERT INTO newsroom_migration_lock (name, holder, expires_at)
        VALUES ('migrations', ${holder}, ${now + leaseMs})
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE newsroom_migration_lock.expires_at < ${now}`)
      return result.rowsAffected === 1
    },
    renew: async (holder, leaseMs) =>
      (
        await run(sql`UPDATE newsroom_migration_lock SET expires_at = ${Date.now() + leaseMs}
          WHERE name = 'migrations' AND holder = ${holder}`)
      ).rowsAffected === 1,
    release: async (holder) => {
      await run(sql`DELETE FROM newsroom_migration_lock WHERE name = 'migrations' AND holder = ${holder}`)
    },
    holder: async () => {
      const { rows } = await run(sql`SELECT holder FROM newsroom_migration_lock WHERE name = 'migrations'`)
      return (rows[0] as { holder?: string } | undefined)?.holder
    },
  }
}

interface LockDocument {
  _id: unknown
  holder: string
  expiresAt: Date
}
interface LockCollection {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown>
  updateOne: (filter: object, update: object) => Promise<{ matchedCount: number }>
  deleteOne: (filter: object) => Promise<unknown>
  findOne: (filter: object) => Promise<LockDocument | null>
}

const isDuplicateKey = (error: unknown): boolean =>
  (error as { code?: number }).code === 11000 || /duplicate key/i.test(String((error as Error).message))

const mongoLock = (adapter: BaseDatabaseAdapter): MigrationLock => {
  const { connection } = adapter as unknown as {
    connection: {
      db: { collection: (name: string) => LockCollection }
      base: { mongo: { ObjectId: new (hex: string) => unknown } }
    }
  }
  const locks = () => connection.db.collection('newsroom-migration-lock')
  // A fixed _id ("migrations" in hex): the _id index is unique on every MongoDB, so of several upserts racing for a
  // free or expired lock exactly one inserts or updates and the others fail with a duplicate key. (An ObjectId, not
  // the string, because the in-memory Congo server takes only ObjectIds; it enforces _id uniqueness, but no other
  // unique index, so the lock relies on nothing else.)
  const _id = new connection.base.mongo.ObjectId('6d6967726174696f6e730000')
  return {
    tryAcquire: async (holder, leaseMs) => {
      const now = Date.now()
      try {
        await locks().findOneAndUpdate(
          { _id, expiresAt: { $lt: new Date(now) } },
          { $set: { holder, expiresAt: new Date(now + leaseMs) } },
          { upsert: true },
        )
        return true
      } catch (error) {
        if (isDuplicateKey(error)) return false
        throw error
      }
    },
    renew: async (holder, leaseMs) =>
      (await locks().updateOne({ _id, holder }, { $set: { expiresAt: new Date(Date.now() + leaseMs) } }))
        .matchedCount === 1,
    release: async (holder) => {
      await locks().deleteOne({ _id, holder })
    },
    holder: async () => (await locks().findOne({ _id }))?.holder,
  }
}

export const migrationLockFor = (adapter: BaseDatabaseAdapter): MigrationLock =>
  adapter.name === 'mongoose' ? mongoLock(adapter) : sqliteLock(adapter)

interface HoldOptions {
  leaseMs?: number
  holder?: string
  /** Called once when the lock is someone else's and this process starts waiting. */
  onWait?: (holder: string | undefined) => void
  /** Called when a renewal finds the lock taken over: this process stalled past its lease while working. */
  onLost?: () => void
}

/**
 * Runs `work` while holding the lock, renewing the lease every third of it. A process that finds the lock taken waits
 * (polling, never failing) until the holder releases it or its lease runs out.
 */
export const withMigrationLock = async <T>(
  lock: MigrationLock,
  work: () => Promise<T>,
  { leaseMs = migrationLockLeaseMs(), holder = migrationLockHolder(), onWait, onLost }: HoldOptions = {},
): Promise<T> => {
  const pollMs = Math.min(250, Math.ceil(leaseMs / 4))
  let waited = false
  while (!(await lock.tryAcquire(holder, leaseMs))) {
    if (!waited) onWait?.(await lock.holder())
    waited = true
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  const renew = async () => {
    // A failed renewal (the database briefly unreachable) is retried at the next tick, well inside the lease.
    if ((await lock.renew(holder, leaseMs).catch(() => true)) === false) onLost?.()
  }
  const renewal = setInterval(() => void renew(), leaseMs / 3)
  try {
    return await work()
  } finally {
    clearInterval(renewal)
    await lock.release(holder)
  }
}
