// First: Payload's server-rendered admin dates follow the process's time zone (see src/serverTimeZone.ts).
import './serverTimeZone'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express from 'express'
import next from 'next'
import { getPayload } from 'payload'

import config from '../payload.config'
import { SchemaNewerThanCode } from './dbMigrations'
import { createDeliveryRouter } from './delivery/router'
import { healthRoutes } from './http/health'
import { requestLog } from './http/requestLog'
import { seedOnEmptyDatabase } from './seed/onBoot'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? '0.0.0.0'
const dev = process.env.NODE_ENV !== 'production'
// Next's dev client opens its HMR websocket on $PORT: keep it equal to the port express listens on.
process.env.PORT = String(port)

const start = async (): Promise<void> => {
  // `cron: true` starts the jobs runner (scheduled publishing, webhooks); Next's route handlers reuse this instance.
  const payload = await getPayload({ config, cron: true })
  if (dev) await seedOnEmptyDatabase(payload)

  const nextApp = next({ dev, dir: root, hostname, port })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY === 'true')
  app.use(requestLog(payload))
  app.use(healthRoutes(payload))
  app.use('/content/v1', createDeliveryRouter(payload))
  // No body parser before Next: Payload reads the raw request body itself.
  app.use((req, res) => handle(req, res))

  const server = app.listen(port, hostname, () => {
    payload.logger.info(`Newsroom ready: admin http://localhost:${port}/admin · REST /api · GraphQL /api/graphql`)
  })

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info({ msg: 'shutting down', signal })
    setTimeout(() => process.exit(1), 10_000).unref()
    server.close(async () => {
      await payload.destroy().catch(() => undefined)
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

start().catch((error: unknown) => {
  // A refusal says what to do; its stack says nothing more.
  console.error(error instanceof SchemaNewerThanCode ? error.message : error)
  process.exit(1)
})
