import { Router } from 'express'
import type { Payload } from 'payload'

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ])

/** `/healthz`: the process answers. `/readyz`: the database answers too (503 otherwise, so a balancer stops routing). */
export const healthRoutes = (payload: Payload): Router => {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', uptime: Math.round(process.uptime()) })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    try {
      await withTimeout(payload.count({ collection: 'brands', overrideAccess: true }), 2_000)
      res.json({ status: 'ready', database: 'ok' })
    } catch (error) {
      res.status(503).json({ status: 'unavailable', database: error instanceof Error ? error.message : 'unreachable' })
    }
  })
  return router
}
