import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface RunningServer {
  url: string
  output: () => string
  /** Sends SIGTERM and resolves with the exit code (null when it had to be killed). */
  stop: () => Promise<number | null>
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/**
 * Starts the real express server (`src/server.ts`) on a free port with its own database and media folder. A second
 * server at the same time needs a `cwd` of its own (`pristineCopy`): Next allows one dev server per project folder.
 */
export const startServer = async (
  env: Record<string, string> = {},
  readyTimeoutMs = 240_000,
  cwd = process.cwd(),
): Promise<RunningServer> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-server-'))
  const port = await freePort()
  let log = ''
  // --conditions: lexical's default Node entry (a top-level dynamic import) makes Node 20 exit 13 at random on start.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'src/server.ts'],
    {
      cwd,
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-deprecation',
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URI: `file:${path.join(dir, 'server.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        SERVER_URL: `http://localhost:${port}`,
        PAYLOAD_SECRET: 'server-test-secret',
        NEXT_TELEMETRY_DISABLED: '1',
        // A real server runs its own jobs, whatever the in-process test Payload was told.
        JOBS_AUTORUN: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + readyTimeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${log}`)
    const ready = await fetch(`${url}/readyz`)
      .then((response) => response.ok)
      .catch(() => false)
    if (ready) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server not ready after ${readyTimeoutMs} ms:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    output: () => log,
    stop: async () => {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      const code = await exited
      clearTimeout(timer)
      await rm(dir, { recursive: true, force: true })
      return code
    },
  }
}
