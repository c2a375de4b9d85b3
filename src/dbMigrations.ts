import { sql } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Migration } from 'payload'

import { bothLanguages } from './i18n'
import { migrationLockFor, withMigrationLock } from './dbMigrationLock'

interface AppliedMigration {
  name: string
  batch: number
}

/** Payload's `payload-migrations` rows, read without Payload: on an empty SQLite file the table does not exist yet. */
export const appliedMigrations = async (adapter: BaseDatabaseAdapter): Promise<AppliedMigration[]> => {
  if (adapter.name === 'mongoose') {
    const { connection } = adapter as unknown as {
      connection: {
        db: { collection: (name: string) => { find: (filter: object) => { toArray: () => Promise<unknown[]> } } }
      }
    }
    return (await connection.db.collection('payload-migrations').find({}).toArray()) as AppliedMigration[]
  }
  const { drizzle } = adapter as unknown as {
    drizzle: { all: (query: ReturnType<typeof sql>) => Promise<AppliedMigration[]> }
  }
  const [table] = await drizzle.all(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`,
  )
  return table ? drizzle.all(sql`SELECT name, batch FROM payload_migrations`) : []
}

/** Refuses to start against a schema newer than the code: an instance left on the old version after a deployment. */
export class SchemaNewerThanCode extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(bothLanguages('messages:db:schemaNewerThanCode', { names: unknownMigrations.join(', ') }))
    this.name = 'SchemaNewerThanCode'
  }
}

/** Applied migrations this code does not have. Payload's `dev` row (batch -1) marks a pushed schema, not a migration. */
export const unknownMigrations = (applied: AppliedMigration[], known: Pick<Migration, 'name'>[]): string[] => {
  const names = new Set(known.map(({ name }) => name))
  return applied
    .filter(({ name, batch }) => !names.has(name) && !(name === 'dev' && Number(batch) === -1))
    .map(({ name }) => name)
    .sort()
}

const refuseNewerSchema = async (adapter: BaseDatabaseAdapter, known: Migration[]): Promise<AppliedMigration[]> => {
  const applied = await appliedMigrations(adapter)
  const unknown = unknownMigrations(applied, known)
  if (unknown.length > 0) throw new SchemaNewerThanCode(unknown)
  return applied
}

/**
 * A production start runs the code's migrations (`prodMigrations`) inside the adapter's `connect`, with no lock:
 * three instances starting together on an empty SQLite file all found no migrations table, all ran the first
 * migration, and two died on "CREATE TABLE … already exists" (Payload exits the process on a failed migration). Here
 * `connect` connects without migrating, refuses a database migrated by newer code before writing anything, and runs
 * pending migrations under a lock (./dbMigrationLock.ts): the others wait, then find nothing left to run. The check is
 * repeated under the lock, since newer code may have migrated while this instance waited.
 */
export const migrateOnce = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter & { prodMigrations?: Migration[] }
    const connect = adapter.connect?.bind(adapter)
    if (!connect) return adapter
    adapter.connect = async (options) => {
      if (process.env.NODE_ENV !== 'production' || options?.hotReload) return connect(options)
      const migrations = adapter.prodMigrations ?? []
      adapter.prodMigrations = undefined
      try {
        await connect(options)
      } finally {
        adapter.prodMigrations = migrations
      }
      const applied = new Set((await refuseNewerSchema(adapter, migrations)).map(({ name }) => name))
      if (migrations.every(({ name }) => applied.has(name))) return
      await withMigrationLock(
        migrationLockFor(adapter),
        async () => {
          await refuseNewerSchema(adapter, migrations)
          await adapter.migrate({ migrations })
        },
        {
          onWait: (holder) =>
            adapter.payload.logger.info(
              bothLanguages('messages:db:waitingForMigrations', { holder: holder ?? 'unknown' }),
            ),
          onLost: () => adapter.payload.logger.error(bothLanguages('messages:db:migrationLockLost')),
        },
      )
    }
    return adapter
  },
})
