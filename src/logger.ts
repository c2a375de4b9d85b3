import type { Config } from 'payload'
import pretty from 'pino-pretty'

/**
 * Production (or LOG_FORMAT=json) logs one JSON object per line, ready for a log shipper; development prints the
 * same records readably. LOG_LEVEL picks the level (tests run at `warn`).
 */
export const loggerConfig = (): NonNullable<Config['logger']> => {
  const level = process.env.LOG_LEVEL ?? 'info'
  if (process.env.NODE_ENV === 'production' || process.env.LOG_FORMAT === 'json') return { options: { level } }
  return {
    options: { level },
    destination: pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  }
}
