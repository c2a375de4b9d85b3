import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * What a new user has after `git clone`: the tracked files in a folder with nothing beside it (no data/, no media
 * uploads, no .next/, no shared folder beside it). node_modules is the installed one, hard-linked: Turbopack refuses a symlinked
 * node_modules that resolves outside the project root ("Could not find the Next.js package"), and a full copy is 1 GB.
 */
export const pristineCopy = async (root: string): Promise<string> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-clone-'))
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
  for (const file of files) {
    const source = path.join(root, file)
    if (!existsSync(source)) continue
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    copyFileSync(source, path.join(dir, file))
  }
  try {
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  } catch {
    execFileSync('cp', ['-a', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  }
  return dir
}

/** The environment of a new user's shell: none of the variables the test run or CI set for the project. */
export const newUserEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra }
  for (const name of [
    'DATABASE_URI',
    'MEDIA_DIR',
    'PAYLOAD_SECRET',
    'SEED_DEMO_PASSWORD',
    'NODE_ENV',
    'NODE_OPTIONS',
    'JOBS_AUTORUN',
    'SERVER_URL',
    'MONGODB_TEST_URI',
    'LOG_LEVEL',
    'LOG_FORMAT',
  ]) {
    if (!(name in extra)) delete env[name]
  }
  return env
}

export interface NpmRun {
  output: () => string
  exited: Promise<number | null>
  /** SIGTERM to the whole process group (npm → tsx → node), SIGKILL after 15 s: whether it had to be killed. */
  stop: () => Promise<'stopped' | 'killed'>
}

/** `npm run <script>` in `cwd`, in a process group of its own so that stopping it stops everything it started. */
export const npmRun = (cwd: string, script: string, env: NodeJS.ProcessEnv): NpmRun => {
  let log = ''
  const child = spawn('npm', ['run', script], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name)
    } catch {
      /* already gone */
    }
  }
  return {
    output: () => log,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return 'stopped'
      let killed = false
      signal('SIGTERM')
      const timer = setTimeout(() => {
        killed = true
        signal('SIGKILL')
      }, 15_000)
      await exited
      clearTimeout(timer)
      return killed ? 'killed' : 'stopped'
    },
  }
}

/** Polls until `url` answers 200, the process exits, or the time is up. */
export const waitForOk = async (url: string, run: NpmRun, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void run.exited.then(() => (exited = true))
  for (;;) {
    if (exited) throw new Error(`exited before ${url} answered:\n${run.output()}`)
    if (
      await fetch(url)
        .then((response) => response.ok)
        .catch(() => false)
    )
      return
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${run.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
