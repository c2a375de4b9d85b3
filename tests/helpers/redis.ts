import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort } from './server'

export const redisServerPath = process.env.REDIS_SERVER_PATH ?? 'redis-server'
export const hasRedis = spawnSync(redisServerPath, ['--version']).status === 0

/** Says loudly, once per file, that a Redis test did not run. */
export const warnIfNoRedis = (what: string): void => {
  if (!hasRedis)
    console.warn(
      `\n*** ${what} did NOT run: no ${redisServerPath}. Install Debian's redis-server (apt-get install -y redis-server) or set REDIS_SERVER_PATH. ***\n`,
    )
}

export interface RunningRedis {
  url: string
  port: number
  /** Kills the server, runs `whileDown`, and starts it again on the same port, empty (nothing is persisted). */
  restart: (whileDown: () => Promise<void>) => Promise<void>
  stop: () => Promise<void>
}

const waitForPort = async (port: number, child: ChildProcess, log: () => string): Promise<void> => {
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}):\n${log()}`)
    if (log().includes('Ready to accept connections')) return
    if (Date.now() > deadline) throw new Error(`redis-server not ready on ${port}:\n${log()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** A redis-server of the test's own on a free port, in a temp folder, persisting nothing. */
export const startRedis = async (): Promise<RunningRedis> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-redis-'))
  const port = await freePort()
  let child: ChildProcess
  const launch = async () => {
    let log = ''
    child = spawn(
      redisServerPath,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout?.on('data', (chunk) => (log += chunk))
    child.stderr?.on('data', (chunk) => (log += chunk))
    await waitForPort(port, child, () => log)
  }
  const kill = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  await launch()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    restart: async (whileDown) => {
      await kill()
      await whileDown()
      await launch()
    },
    stop: async () => {
      await kill()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
