/**
 * Probe: what one SQLite write transaction leaves behind in this process.
 *
 *   DATABASE_URI=file:/tmp/probe.db PAYLOAD_SECRET=x npx tsx bench/probes/transactionLeak.ts
 *
 * Creates 400 sections with `payload.db.create`, first each in its own `payload.db.beginTransaction()` /
 * `commitTransaction()` (what every Payload write operation does with `transactionOptions: {}`), then without a
 * transaction, and prints open file descriptors and RSS every 100. Measured on Node 20, @libsql/client 0.14,
 * libsql 0.4.7: +2 file descriptors (database and WAL) and ~0.33 MB per transaction, never released, also after a
 * forced GC; nothing without transactions. Cause: @libsql/client's `transaction()` hands its connection to the
 * transaction and opens a new one; drizzle never closes the transaction's (upstream: libsql-client-ts#350).
 * Development mode pushes the schema into a new database file; use a scratch file. `node --expose-gc --import tsx …`
 * forces a full GC before every sample.
 */
import { readdirSync } from 'node:fs'
import { getPayload, type PayloadRequest } from 'payload'

import config from '../../payload.config'

const payload = await getPayload({ config })
const gc = (globalThis as { gc?: () => void }).gc
const sample = (label: string) => {
  gc?.()
  console.log(
    `${label}: ${readdirSync('/proc/self/fd').length} fds, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB${gc ? ' (after gc)' : ''}`,
  )
}
const tag = Date.now().toString(36)

for (const mode of ['transaction', 'none'] as const) {
  sample(`${mode} start`)
  for (let i = 0; i < 400; i++) {
    const data = { name: `probe ${mode} ${i}`, slug: `probe-${tag}-${mode}-${i}`, order: i }
    if (mode === 'transaction') {
      const id = await payload.db.beginTransaction()
      const req = { transactionID: id, payload, context: {} } as unknown as PayloadRequest
      await payload.db.create({ collection: 'sections', data, req, returning: false })
      if (id !== null) await payload.db.commitTransaction(id)
    } else {
      await payload.db.create({ collection: 'sections', data, returning: false })
    }
    if (i % 100 === 99) sample(`${mode} ${i + 1}`)
  }
}
await payload.destroy()
process.exit(0)
