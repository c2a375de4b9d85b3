import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, Payload } from 'payload'

import { dropMongoDatabase } from '../../src/db'
import { migrationLockFor, withMigrationLock } from '../../src/dbMigrationLock'
import { appliedMigrations, unknownMigrations } from '../../src/dbMigrations'
import { migrations } from '../../src/migrations'
import { startWorker, type Worker } from '../cluster/workers'

/**
 * Production starts on one database (issue #11): instances started together migrate it once, and an instance whose
 * code is older than the database refuses to start. Real `npm run worker:start` processes (the web role connects the
 * same way, through getPayload, but needs a `next build`). On MongoDB the code has no migrations yet: the same tests
 * show three instances start cleanly and the refusal works there too.
 */

const mongo = process.env.MONGODB_TEST_URI
/** What the code migrates on this adapter (src/db.ts hands the SQLite adapter src/migrations). */
const codeMigrations = mongo ? [] : migrations.map(({ name }) => name)
const waiting = 'is migrating the database; waiting for it to finish'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a schema newer than the code', () => {
  it('is one that records a migration the code does not have; the row of a pushed development schema is not one', () => {
    const known = [{ name: '20261127_015823_initial' }, { name: '20261202_161918_trash' }]
    expect(
      unknownMigrations(
        [
          { name: '20261127_015823_initial', batch: 1 },
          { name: 'dev', batch: -1 },
          { name: '20991231_000000_zeta', batch: 3 },
          { name: '20991230_000000_alpha', batch: 2 },
        ],
        known,
      ),
    ).toEqual(['20991230_000000_alpha', '20991231_000000_zeta'])
    expect(unknownMigrations([{ name: '20261202_161918_trash', batch: 1 }], known)).toEqual([])
  })
})

describe('migrations on a database shared by several production instances', () => {
  let dir: string
  let uri: string
  let payload: Payload
  let db: BaseDatabaseAdapter
  const workers: Worker[] = []

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsroom-migration-lock-'))
    if (mongo) {
      const url = new URL(mongo)
      url.pathname = `/newsroom_migrations_${randomUUID().slice(0, 8)}`
      uri = url.toString()
    } else uri = `file:${path.join(dir, 'shared.db')}`
    process.env.DATABASE_URI = uri
    process.env.MEDIA_DIR = path.join(dir, 'media')
    process.env.PAYLOAD_SECRET ??= 'test-secret'
    process.env.LOG_LEVEL ??= 'warn'
    const { getPayload } = await import('payload')
    const config = await (await import('../../payload.config')).default
    payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
    db = payload.db as unknown as BaseDatabaseAdapter
    // The test's own connection must leave the database empty: no schema push (nor its `dev` migration row).
    ;(db as unknown as { push: boolean }).push = false
    await db.connect?.()
  })

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL')
    await dropMongoDatabase(payload).catch(() => undefined)
    await payload?.destroy()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const env = () => ({
    DATABASE_URI: uri,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET as string,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  })

  const stop = async (worker: Worker) => {
    worker.child.kill('SIGTERM')
    return worker.exited
  }

  it('the lock has one holder at a time, and a lease that runs out frees it from a holder that stopped renewing', async () => {
    const lock = migrationLockFor(db)
    // Long enough that a loaded machine cannot let it run out between the next few statements.
    const lease = 1_000
    expect(await lock.tryAcquire('a', lease)).toBe(true)
    expect(await lock.tryAcquire('b', lease)).toBe(false)
    expect(await lock.renew('b', lease)).toBe(false)
    expect(await lock.renew('a', lease)).toBe(true)
    await lock.release('b')
    expect(await lock.holder()).toBe('a')
    // 'a' is killed: nobody renews, and the lease runs out.
    await sleep(lease + 100)
    expect(await lock.tryAcquire('b', 60_000)).toBe(true)
    expect(await lock.renew('a', lease)).toBe(false)
    await lock.release('a')
    expect(await lock.holder()).toBe('b')
    await lock.release('b')
    expect(await lock.holder()).toBeUndefined()

    // Five racing holders each get the lock in turn, never two at once.
    let inside = 0
    let most = 0
    await Promise.all(
      ['c', 'd', 'e', 'f', 'g'].map((holder) =>
        withMigrationLock(
          lock,
          async () => {
            most = Math.max(most, ++inside)
            await sleep(20)
            inside--
          },
          { holder, leaseMs: 60_000 },
        ),
      ),
    )
    expect(most).toBe(1)
    expect(await lock.holder()).toBeUndefined()
  })

  it('three instances started together on an empty database all get ready, each migration recorded once', async () => {
    expect(await appliedMigrations(db)).toEqual([])
    // A lock left by an instance killed mid-migration: renewed until all three are seen waiting for it, then let expire.
    // With nothing to migrate (MongoDB today) nobody needs the lock, and it must not hold anyone up.
    const mustWait = codeMigrations.length > 0
    const lock = migrationLockFor(db)
    expect(await lock.tryAcquire('killed-instance', 2_000)).toBe(true)
    for (const name of ['web-1', 'web-2', 'worker']) workers.push(await startWorker(name, env(), { production: true }))
    while (mustWait && !workers.every((worker) => worker.output().includes(waiting))) {
      for (const worker of workers)
        if (worker.child.exitCode !== null) throw new Error(`${worker.name} exited:\n${worker.output()}`)
      expect(await lock.renew('killed-instance', 2_000)).toBe(true)
      await sleep(200)
    }
    await Promise.all(workers.map((worker) => worker.ready))

    const recorded = (await appliedMigrations(db)).map(({ name }) => name).sort()
    expect(recorded).toEqual([...codeMigrations].sort())
    for (const worker of workers) {
      if (mustWait) expect(worker.output()).toContain('(killed-instance)')
      else expect(worker.output()).not.toContain(waiting)
      // pino level 50 = error, 60 = fatal
      expect(worker.output()).not.toMatch(/"level":(50|60)/)
    }
    for (const name of codeMigrations) {
      const ran = workers.filter((worker) => worker.output().includes(`"msg":"Migrating: ${name}"`))
      expect(`${name}: ${ran.length}`).toBe(`${name}: 1`)
    }
    if (!mustWait) await lock.release('killed-instance')
    expect(await lock.holder()).toBeUndefined()
    for (const worker of workers.splice(0)) expect(await stop(worker)).toBe(0)
  }, 120_000)

  /** What a refused start must leave as it was: the schema, the migration records and the lock. */
  const snapshot = async () => {
    const rows = (await appliedMigrations(db)).map(({ name, batch }) => `${name}:${batch}`).sort()
    const lock = await migrationLockFor(db).holder()
    if (mongo) return { rows, lock }
    const { drizzle } = db as unknown as { drizzle: { all: (query: ReturnType<typeof sql>) => Promise<unknown[]> } }
    const schema = await drizzle.all(sql`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`)
    return { rows, lock, schema }
  }

  it('an instance refuses to start against a database migrated by newer code, and changes nothing', async () => {
    await payload.create({
      collection: 'payload-migrations',
      data: { name: '20991231_000000_from_newer_code', batch: 2 },
      overrideAccess: true,
    })
    const before = await snapshot()
    const worker = await startWorker('old-code', env(), { production: true })
    worker.ready.catch(() => undefined)
    const code = await worker.exited
    expect(code).not.toBe(0)
    expect(code).not.toBeNull()
    const output = worker.output()
    expect(output).toContain(
      'The database schema is newer than this code: it records migrations the code does not know ' +
        '(20991231_000000_from_newer_code)',
    )
    expect(output).toContain('Deploy the newer code')
    expect(output).toContain('数据库的结构比本实例的代码新')
    expect(output).toContain('请给所有实例部署含有这些迁移')
    expect(await snapshot()).toEqual(before)
    expect(before.rows).toHaveLength(codeMigrations.length + 1)
  }, 60_000)
})
