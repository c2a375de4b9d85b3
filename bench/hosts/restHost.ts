/**
 * Payload's REST API (the route handlers Next mounts at /api) on a bare node:http server, for one of two configs:
 * BENCH_CONFIG=app (payload.config.ts: workflow on) or BENCH_CONFIG=baseline (bench/baseline: stock collections).
 * Both P2 series that compare hooks against no hooks go through this same host, so transport is not the difference.
 * Prints `BENCH_READY <port>` once Payload is initialised and the port listens.
 */
import { createServer, type IncomingMessage } from 'node:http'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'

const port = Number(process.env.PORT ?? 3100)

const loadConfig = async (): Promise<SanitizedConfig> => {
  const which = process.env.BENCH_CONFIG ?? 'app'
  const module =
    which === 'baseline' ? await import('../baseline/payload.config') : await import('../../payload.config')
  return module.default
}

/** JSON bodies only (the benchmark sends no uploads). */
const readBody = async (req: IncomingMessage): Promise<string | undefined> => {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined
}

const main = async () => {
  const config = await loadConfig()
  await getPayload({ config })
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
      const handler = handlers[req.method as keyof typeof handlers]
      if (!handler || !url.pathname.startsWith('/api/')) {
        res.writeHead(404).end()
        return
      }
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const body = await readBody(req)
      const request = new Request(url, { method: req.method, headers, body })
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent)
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      const payloadBody = Buffer.from(await response.arrayBuffer())
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(payloadBody)
    })().catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  server.keepAliveTimeout = 65_000
  server.listen(port, '127.0.0.1', () => process.stdout.write(`BENCH_READY ${port}\n`))
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
