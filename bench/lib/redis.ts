import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { freePort, sleep, startLogged, type Started } from './proc'

export interface BenchRedis extends Started {
  url: string
}

/** Debian's redis-server on a free loopback port, persisting nothing: the fan-out and shared rate limit of a cluster. */
export const startRedis = async (dir: string): Promise<BenchRedis> => {
  mkdirSync(dir, { recursive: true })
  const port = await freePort()
  const logFile = path.join(dir, 'redis.log')
  const started = startLogged(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { cwd: dir, env: process.env, logFile },
  )
  const deadline = Date.now() + 10_000
  for (;;) {
    if (started.child.exitCode !== null) throw new Error(`redis-server exited: ${readFileSync(logFile, 'utf8')}`)
    if (readFileSync(logFile, 'utf8').includes('Ready to accept connections'))
      return { ...started, url: `redis://127.0.0.1:${port}` }
    if (Date.now() > deadline) throw new Error(`redis-server not ready on ${port}: ${readFileSync(logFile, 'utf8')}`)
    await sleep(50)
  }
}
