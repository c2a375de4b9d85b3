import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import { freePort } from '../helpers/server'

export interface Worker {
  name: string
  child: ChildProcess
  output: () => string
  ready: Promise<number>
  exited: Promise<number | null>
}

/**
 * A real `src/worker.ts` process on the test's database; `ready` resolves with ms from spawn to /readyz. `production`:
 * as `npm run worker:start` runs it (NODE_ENV and export conditions production: migrations run at start).
 */
export const startWorker = async (
  name: string,
  env: Record<string, string>,
  { production = false }: { production?: boolean } = {},
): Promise<Worker> => {
  const port = await freePort()
  const started = Date.now()
  let log = ''
  const mode = production ? 'production' : 'development'
  const child = spawn(process.execPath, [`--conditions=${mode}`, '--import', 'tsx', 'src/worker.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation', NODE_ENV: mode, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited early:\n${log}`)
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((response) => response.ok)
        .catch(() => false)
      if (ok) return Date.now() - started
      if (Date.now() - started > 120_000) throw new Error(`${name} not ready:\n${log}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  return { name, child, output: () => log, ready, exited }
}

export interface Delivery {
  path: string
  headers: IncomingHttpHeaders
}

/** A webhook receiver on 127.0.0.1: answers 204, or never answers on the paths told to hang (once each). */
export const startReceiver = async () => {
  const received: Delivery[] = []
  const hangOnce = new Set<string>()
  const waiting: Array<{ test: (delivery: Delivery) => boolean; resolve: () => void }> = []
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const delivery = { path: req.url ?? '/', headers: req.headers }
      received.push(delivery)
      for (const waiter of waiting.filter((entry) => entry.test(delivery))) waiter.resolve()
      if (hangOnce.delete(delivery.path)) return
      res.writeHead(204).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    hangOnce: (path: string) => hangOnce.add(path),
    arrival: (test: (delivery: Delivery) => boolean) => new Promise<void>((resolve) => waiting.push({ test, resolve })),
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
