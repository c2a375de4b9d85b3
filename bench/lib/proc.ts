import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { createServer } from 'node:net'

/**
 * Child processes of the benchmark. Servers start detached in their own process group (npm → cross-env → tsx →
 * node), so stopping one signals exactly the group this harness started and nothing else.
 */

export interface Started {
  child: ChildProcess
  /** when spawn was called (performance.now()) */
  startedAt: number
  exited: Promise<number | null>
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/** Starts a long-running process whose stdout and stderr go straight to `logFile` (no pipe through this process). */
export const startLogged = (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Started => {
  const fd = openSync(options.logFile, 'a')
  const startedAt = performance.now()
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd], detached: true })
  closeSync(fd)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, startedAt, exited }
}

/** SIGTERM to the process group this harness started; SIGKILL after `graceMs`. */
export const stopGroup = async (started: Started, graceMs = 15_000): Promise<number | null> => {
  const pid = started.child.pid
  if (pid === undefined || started.child.exitCode !== null) return started.child.exitCode
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name)
    } catch {
      /* already gone */
    }
  }
  signal('SIGTERM')
  const timer = setTimeout(() => signal('SIGKILL'), graceMs)
  const code = await started.exited
  clearTimeout(timer)
  // Grandchildren that outlive their parent (they should not) are ended with the group.
  signal('SIGKILL')
  return code
}

export interface ChildResult {
  code: number | null
  stdout: string
  seconds: number
}

/**
 * Node 20 + tsx on this (busy) machine now and then ends a process at startup — exit code 13 ("unsettled top-level
 * await") or 0 — before it printed its result: the event loop ran empty while a module load was pending on tsx's
 * loader thread. Such a start is retried, and counted here.
 */
export const flakyStarts: string[] = []
export const exitedAtLoad = 13

/** Runs a command to completion; stdout is collected and logged, stderr goes to the log file (or this terminal). */
export const runToEnd = async (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; echo?: boolean },
): Promise<ChildResult> => {
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(command, args, options)
    // Retried only when it produced no result (a process that printed its result line and then ended 13 is done).
    if (
      (result.code !== exitedAtLoad && result.code !== 0) ||
      /BENCH_RESULT |\{"summary"/.test(result.stdout) ||
      attempt === 3
    )
      return result
    flakyStarts.push(`${[command, ...args].join(' ').slice(0, 120)} (attempt ${attempt})`)
  }
}

const runOnce = (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; echo?: boolean },
): Promise<ChildResult> =>
  new Promise((resolve, reject) => {
    const fd = openSync(options.logFile, 'a')
    const startedAt = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', options.echo ? 'inherit' : fd],
    })
    let stdout = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      writeSync(fd, chunk)
    })
    child.once('error', reject)
    child.once('close', (code) => {
      closeSync(fd)
      resolve({ code, stdout, seconds: (performance.now() - startedAt) / 1000 })
    })
  })

/** The `BENCH_RESULT {json}` line a bench child script prints last. */
export const benchResult = <T>(stdout: string): T | null => {
  const line = stdout
    .split('\n')
    .reverse()
    .find((entry) => entry.startsWith('BENCH_RESULT '))
  return line ? (JSON.parse(line.slice('BENCH_RESULT '.length)) as T) : null
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `url` until it answers 200; resolves with the elapsed ms since `since` (performance.now()). */
export const waitFor200 = async (
  url: string,
  since: number,
  timeoutMs: number,
  started?: Started,
  intervalMs = 25,
): Promise<number> => {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    if (started && started.child.exitCode !== null)
      throw new Error(`process exited (${started.child.exitCode}) before ${url} answered 200`)
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ok) return performance.now() - since
    if (performance.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
    await sleep(intervalMs)
  }
}

/**
 * Resident memory (MB) of every process in a process group, from /proc: total and the largest one (the server behind
 * npm/cross-env/tsx), with that process's open file descriptors.
 */
export const groupRss = (pgid: number): { totalMB: number; largestMB: number; largestFds: number } => {
  let total = 0
  let largest = 0
  let largestPid = ''
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))
      const mb = rss ? Number(rss[1]) / 1024 : 0
      total += mb
      if (mb > largest) {
        largest = mb
        largestPid = entry
      }
    } catch {
      /* the process ended while we looked */
    }
  }
  let largestFds = 0
  try {
    largestFds = largestPid ? readdirSync(`/proc/${largestPid}/fd`).length : 0
  } catch {
    /* gone */
  }
  return { totalMB: total, largestMB: largest, largestFds }
}

/** CPU seconds (user + system) used so far by every process in a process group, from /proc (clock ticks of 10 ms). */
export const groupCpuSeconds = (pgid: number): number => {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      // fields[11] = utime, fields[12] = stime (stat fields 14 and 15)
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      /* the process ended while we looked */
    }
  }
  return ticks / 100
}
