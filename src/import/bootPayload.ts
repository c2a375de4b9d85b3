import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { destination, pino } from 'pino'

import config from '../../payload.config'
import { databaseKind } from '../db'
import { cacheLibsqlStatements } from '../dbStatementCache'

/**
 * Payload for a command-line tool. CLI convention: results on stdout, diagnostics on stderr — so Payload's own log
 * goes to stderr (warnings and worse unless LOG_LEVEL says otherwise), and while it boots, stdout is sent to stderr
 * too, because the SQLite adapter's development schema push draws a spinner there.
 */
export const bootPayload = async (): Promise<Payload> => {
  // Bulk tools run hundreds of thousands of statements in one process (src/dbStatementCache.ts, measured there). The
  // servers do not use the cache yet: the two-worker exactly-once test saw one double delivery with it, unexplained.
  if (databaseKind() === 'sqlite') cacheLibsqlStatements()
  // SanitizedConfig deep-requires every logger option, which no logger instance satisfies; Payload takes it as is.
  const logger = pino(
    { name: 'payload', level: process.env.LOG_LEVEL ?? 'warn' },
    destination({ fd: 2, sync: true }),
  ) as unknown as SanitizedConfig['logger']
  const write = process.stdout.write
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  try {
    return await getPayload({ config: { ...(await config), logger } })
  } finally {
    process.stdout.write = write
  }
}

/** Runs a CLI body with Payload and always shuts Payload down; returns the body's exit code. */
export const withPayload = async (body: (payload: Payload) => Promise<number>): Promise<number> => {
  const payload = await bootPayload()
  try {
    return await body(payload)
  } finally {
    await payload.destroy()
  }
}
