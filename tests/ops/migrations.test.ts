import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'

/**
 * Development pushes the schema; a production start on SQLite runs the committed migrations in src/migrations and
 * nothing else. These checks fail as soon as a collection or field change is not captured by a migration, the same
 * comparison `payload migrate:create` makes (latest `<name>.json` snapshot against the schema built from the config).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const migrationsDir = path.join(root, 'src', 'migrations')
const regenerate = [
  'Regenerate the migrations:',
  '  npm run payload migrate:create <what_changed>     (adds one migration on top of the committed ones)',
  'or, before the first production deployment, start over with one initial migration:',
  '  rm src/migrations/2*_*.ts src/migrations/2*_*.json && npm run payload migrate:create initial',
].join('\n')

const migrationFiles = (extension: '.ts' | '.json'): string[] =>
  readdirSync(migrationsDir)
    .filter((file) => file.endsWith(extension) && file !== 'index.ts')
    .sort()

describe('SQLite migrations in src/migrations', () => {
  let dir: string
  let payload: Payload
  let db: SQLiteAdapter

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsroom-migrations-'))
    // Always SQLite, also under `npm run test:mongo`: the migrations are for the SQL adapter.
    process.env.DATABASE_URI = `file:${path.join(dir, 'migrated.db')}`
    process.env.MEDIA_DIR = path.join(dir, 'media')
    process.env.PAYLOAD_SECRET ??= 'test-secret'
    const { getPayload } = await import('payload')
    const config = await (await import('../../payload.config')).default
    payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
    db = payload.db as unknown as SQLiteAdapter
    // Connect as production does: no schema push, only migrations build the tables.
    db.push = false
    await db.connect?.()
  })
  afterAll(async () => {
    await payload?.destroy()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('capture the current schema: the latest snapshot differs from it by nothing', async () => {
    const snapshots = migrationFiles('.json')
    if (snapshots.length === 0) throw new Error(`src/migrations has no migration yet.\n${regenerate}`)
    const latest = JSON.parse(readFileSync(path.join(migrationsDir, snapshots.at(-1) as string), 'utf8'))
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const current = await generateDrizzleJson(db.schema)
    const pending: string[] = await generateMigration(latest, current)
    if (pending.length > 0) {
      throw new Error(
        `src/migrations is behind the Payload schema by ${pending.length} statement(s), e.g.:\n` +
          `${pending
            .slice(0, 8)
            .map((statement) => `  ${statement.split('\n')[0]}`)
            .join('\n')}\n${regenerate}`,
      )
    }
    expect(pending).toEqual([])
  })

  it('are all listed, in order, in the index that src/db.ts hands to production starts', async () => {
    const { migrations } = await import('../../src/migrations')
    const names = migrationFiles('.ts').map((file) => file.replace(/\.ts$/, ''))
    expect(migrations.map((migration) => migration.name)).toEqual(names)
    for (const migration of migrations) {
      expect(typeof migration.up).toBe('function')
      expect(typeof migration.down).toBe('function')
    }
  })

  it('build exactly the current schema on an empty database, and the app can use it', async () => {
    const { migrations } = await import('../../src/migrations')
    // Payload's Migration type takes `unknown` args; the generated files are typed for the SQLite adapter.
    await db.migrate({ migrations: migrations as unknown as Migration[] })
    // Payload types requireDrizzleKit() for Postgres; the SQLite adapter's pushSchema is drizzle-kit's pushSQLiteSchema.
    const { pushSchema } = db.requireDrizzleKit() as unknown as {
      pushSchema: (schema: unknown, drizzle: unknown) => Promise<{ statementsToExecute: string[] }>
    }
    const { statementsToExecute } = await pushSchema(db.schema, db.drizzle)
    expect(statementsToExecute).toEqual([])
    const brand = await payload.create({
      collection: 'brands',
      data: { name: '青岛日报', kind: 'print', reviewLevels: 3 },
      overrideAccess: true,
    })
    expect((await payload.findByID({ collection: 'brands', id: brand.id, overrideAccess: true })).name).toBe('青岛日报')
    const ran = await payload.find({ collection: 'payload-migrations', limit: 0, overrideAccess: true })
    expect(ran.docs.map((doc) => doc.name).sort()).toEqual(migrations.map((migration) => migration.name).sort())
  })
})
