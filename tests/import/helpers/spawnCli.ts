import { spawn, type ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** the test's own database and upload folder (never the project's data/ or media/), and any other variables */
  env: { DATABASE_URI: string; MEDIA_DIR: string } & Record<string, string>
  /** called with each complete stdout line, and the child (to kill it) */
  onLine?: (line: string, child: ChildProcess) => void
}

/**
 * Runs one of our CLIs as `npx tsx <script> …args` in its own process group (npx → tsx → node), so that a test can
 * kill -9 the whole group. jest's NODE_OPTIONS (vm modules) are not passed on.
 */
export const spawnCli = (script: string, args: string[], { env, onLine }: CliOptions): Promise<CliRun> => {
  if (
    !(env.DATABASE_URI.startsWith(`file:${tmpdir()}`) || env.DATABASE_URI.startsWith('mongodb')) ||
    !env.MEDIA_DIR.startsWith(tmpdir())
  ) {
    throw new Error(
      `a spawned CLI must use a temporary database and media folder, not ${env.DATABASE_URI} / ${env.MEDIA_DIR}`,
    )
  }
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  // --conditions: lexical's default Node entry (a top-level dynamic import) makes Node 20 exit 13 at random on start.
  const child = spawn('npx', ['tsx', '--conditions=development', script, ...args], {
    cwd: process.cwd(),
    env: { ...inherited, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'test-secret', NODE_ENV: 'test', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let pending = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) onLine?.(line, child)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

/** kill -9 of the CLI and everything it started. */
export const killGroup = (child: ChildProcess): void => {
  if (child.pid) process.kill(-child.pid, 'SIGKILL')
}
