import { randomUUID } from 'node:crypto'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'

import { dropMongoDatabase } from '../../src/db'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  dir: string
  close: () => Promise<void>
}

/**
 * A Payload instance on a database of its own: a fresh SQLite file in a temp folder, or, under `npm run test:mongo`,
 * a fresh database on MONGODB_TEST_URI. Media go to the same temp folder. Env is set before the config is imported
 * because collections read it when they are defined. `copyOf`: a folder with a `test.db` and `media/` (a seeded
 * template, SQLite only) that the new folder starts as.
 */
export const startPayload = async ({ copyOf }: { copyOf?: string } = {}): Promise<TestPayload> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-test-'))
  if (copyOf) await cp(copyOf, dir, { recursive: true })
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET ??= 'test-secret'
  process.env.LOG_LEVEL ??= 'warn'
  // Tests run jobs themselves (payload.jobs.run); a cron picking one up at random would race them.
  process.env.JOBS_AUTORUN ??= 'false'
  const mongo = process.env.MONGODB_TEST_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/newsroom_test_${randomUUID().slice(0, 8)}`
    process.env.DATABASE_URI = url.toString()
  } else {
    process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  }
  const { getPayload } = await import('payload')
  const config = await (await import('../../payload.config')).default
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    dir,
    close: async () => {
      // Cleanup only: on a loaded machine Congo has dropped the idle connection before afterAll (mongoose
      // "buffering timed out"); a leftover throw-away database must not fail the file whose tests passed.
      if (mongo)
        await dropMongoDatabase(payload).catch((error: unknown) =>
          console.warn(`could not drop the test database: ${String(error)}`),
        )
      await payload.destroy()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
