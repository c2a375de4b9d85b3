import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { claimJobsAtomically } from './dbJobClaim'
import { migrateOnce } from './dbMigrations'
import { reuseTransactionConnections } from './dbTransactionConnections'
import { queueTransactions } from './dbTransactionQueue'
import { migrations } from './migrations'

/** The one module that knows which database runs: `mongodb://…` → MongoDB, unset or `file:` → embedded SQLite. */
export type DatabaseKind = 'mongodb' | 'sqlite'

export const databaseKind = (uri = process.env.DATABASE_URI): DatabaseKind =>
  uri?.startsWith('mongodb://') || uri?.startsWith('mongodb+srv://') ? 'mongodb' : 'sqlite'

const defaultSqliteUrl = (): string => `file:${path.resolve(process.cwd(), 'data', 'newsroom.db')}`

/**
 * libsql opens the file but not its folder: a fresh clone has no `data/`, and `npm run dev` died with
 * "Unable to open connection to local database …: 14". Create the folder of a file database before connecting.
 */
export const ensureSqliteFolder = (url: string): void => {
  const location = url.replace(/^file:/, '').split('?')[0] ?? ''
  if (location === '' || location === ':memory:') return
  const file = url.startsWith('file://') ? fileURLToPath(url.split('?')[0] as string) : path.resolve(location)
  mkdirSync(path.dirname(file), { recursive: true })
}

export const databaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  if (databaseKind(uri) === 'mongodb') {
    // No migrations on MongoDB yet; migrateOnce still refuses a database that records ones this code does not know.
    return migrateOnce(
      claimJobsAtomically(
        mongooseAdapter({
          url: uri as string,
          // The in-memory wire server used in CI has no transactions; a real replica set (docker-compose) does.
          transactionOptions: process.env.MONGODB_TRANSACTIONS === 'off' ? false : undefined,
        }),
      ),
    )
  }
  const url = uri && uri.startsWith('file:') ? uri : defaultSqliteUrl()
  ensureSqliteFolder(url)
  const adapter = sqliteAdapter({
    client: { url },
    idType: 'uuid',
    // Off by default in the SQLite adapter: a failed multi-step write must roll back.
    transactionOptions: {},
    wal: true,
    // Several processes (web instances, workers) may share the file: a writer waits its turn rather than fail.
    busyTimeout: 20_000,
    migrationDir: path.resolve(process.cwd(), 'src', 'migrations'),
    prodMigrations: migrations,
  })
  // Several instances share the jobs table: each job is claimed by one of them only (./dbJobClaim.ts); instances
  // starting together migrate once (./dbMigrations.ts).
  return migrateOnce(claimJobsAtomically(queueTransactions(reuseTransactionConnections(adapter))))
}

const objectIdPattern = /^[0-9a-f]{24}$/i
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a document id has the shape the running adapter gives ids: an ObjectId on MongoDB, a UUID on SQLite. */
export const wellFormedId = (databaseName: string, id: string): boolean =>
  (databaseName === 'mongoose' ? objectIdPattern : uuidPattern).test(id)

/**
 * MongoDB throws a cast error (a 500) for `id in [...]` with an id that is not an ObjectId; drop such ids before
 * querying, so a bad relation id ends in field validation (400) instead.
 */
export const wellFormedIds = (payload: { db: { name: string } }, ids: string[]): string[] =>
  payload.db.name === 'mongoose' ? ids.filter((id) => wellFormedId('mongoose', id)) : ids

/**
 * Deletes a MongoDB database with everything in it (used for throw-away test databases); an SQLite database is a file,
 * which its owner removes with its folder.
 */
export const dropMongoDatabase = async (payload: { db: { name: string } }): Promise<void> => {
  if (payload.db.name !== 'mongoose') return
  await (payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }).connection.dropDatabase()
}

/**
 * SQLite keeps no planner statistics until ANALYZE runs, and without them it picks the `_status` index over `slug` or
 * a section relation: every published-only read became a full scan (DESIGN.md; bench/results). Run at start and after
 * bulk imports; `analysis_limit` samples each index, so this takes milliseconds even at 100k articles. MongoDB plans
 * without help.
 */
export const refreshPlannerStatistics = async (payload: { db: { name: string } }): Promise<void> => {
  if (payload.db.name !== 'sqlite') return
  const { drizzle } = payload.db as unknown as {
    drizzle: { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }
  }
  await drizzle.run(sql.raw('PRAGMA analysis_limit=1000'))
  await drizzle.run(sql.raw('ANALYZE'))
}
