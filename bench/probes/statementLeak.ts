/**
 * Probe: native memory per executed SQL statement on the SQLite adapter.
 *
 *   DATABASE_URI=file:/tmp/probe.db PAYLOAD_SECRET=x npx tsx bench/probes/statementLeak.ts
 *
 * Runs `select ?` 120,000 times through the adapter's drizzle instance (as every Payload query does: drizzle →
 * @libsql/client → libsql `prepare()` per statement) and prints RSS and heap every 20,000. Measured on Node 20,
 * libsql 0.4.7: RSS +3.6 KB per statement, linear, heap flat, also with a forced full GC between samples. Not a leak
 * in the strict sense: the loop never yields to the event loop, where Node runs the native finalizers (bench/README.md).
 * Since src/dbStatementCache.ts this query is prepared once, and what remains is `all()`'s ~0.9 KB.
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import config from '../../payload.config'

const payload = await getPayload({ config })
const drizzle = (payload.db as unknown as { drizzle: { all: (query: unknown) => Promise<unknown> } }).drizzle
const gc = (globalThis as { gc?: () => void }).gc
const sample = (label: string) =>
  console.log(
    `${label}: rss ${Math.round(process.memoryUsage().rss / 1e6)} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB${gc ? ' (after gc)' : ''}`,
  )

sample('start')
for (let i = 1; i <= 120_000; i++) {
  await drizzle.all(sql`select ${i} as x`)
  if (i % 20_000 === 0) {
    gc?.()
    sample(`${i} statements`)
  }
}
await payload.destroy()
process.exit(0)
