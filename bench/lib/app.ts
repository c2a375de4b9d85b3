import path from 'node:path'

import { exitedAtLoad, flakyStarts, freePort, startLogged, waitFor200, type Started } from './proc'

/** The environment every app process of a run gets: nothing inherited but the basics, so runs are reproducible. */
export interface AppPaths {
  app: string
  dbFile: string
  mediaDir: string
}

export const benchSecret = 'bench-secret-not-for-production'

export const appEnv = (paths: AppPaths, extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'USER', 'TERM']
  const env = Object.fromEntries(
    keep.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  ) as NodeJS.ProcessEnv
  return {
    ...env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: benchSecret,
    DATABASE_URI: `file:${paths.dbFile}`,
    MEDIA_DIR: paths.mediaDir,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    ...extra,
  }
}

export interface RunningApp extends Started {
  url: string
  port: number
  /** ms from spawn to the first /readyz 200 */
  readyMs: number
}

/**
 * The production server as operators start it: `npm start` (cross-env NODE_ENV=production tsx src/server.ts), or,
 * for profiling, the same entry under `node --cpu-prof`. Requests are logged at info, one JSON line each, as in
 * production; the delivery rate limit stays in the path but cannot trigger (wrk sends everything from one IP).
 */
export const startServer = async (
  paths: AppPaths,
  options: { logFile: string; cpuProfDir?: string; readyTimeoutMs?: number; env?: Record<string, string> },
): Promise<RunningApp> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = appEnv(paths, {
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVER_URL: url,
    LOG_LEVEL: 'info',
    DELIVERY_RATE_LIMIT: '1000000000',
    ...options.env,
  })
  for (let attempt = 1; ; attempt++) {
    const started = options.cpuProfDir
      ? startLogged(
          process.execPath,
          [
            '--cpu-prof',
            `--cpu-prof-dir=${options.cpuProfDir}`,
            '--conditions=production',
            '--import',
            'tsx',
            'src/server.ts',
          ],
          { cwd: paths.app, env, logFile: options.logFile },
        )
      : startLogged('npm', ['start'], { cwd: paths.app, env, logFile: options.logFile })
    try {
      const readyMs = await waitFor200(`${url}/readyz`, started.startedAt, options.readyTimeoutMs ?? 180_000, started)
      return { ...started, url, port, readyMs }
    } catch (error) {
      if ((started.child.exitCode !== exitedAtLoad && started.child.exitCode !== 0) || attempt === 3) throw error
      flakyStarts.push(`production server (attempt ${attempt})`)
    }
  }
}

/** bench/hosts/restHost.ts for the app's config or the stock baseline, on its own copy of the database. */
export const startRestHost = async (
  paths: AppPaths,
  which: 'app' | 'baseline',
  logFile: string,
): Promise<RunningApp> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = appEnv(paths, { PORT: String(port), SERVER_URL: url, BENCH_CONFIG: which })
  for (let attempt = 1; ; attempt++) {
    const started = startLogged(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', path.join('bench', 'hosts', 'restHost.ts')],
      { cwd: paths.app, env, logFile },
    )
    try {
      const readyMs = await waitFor200(`${url}/api/users/me`, started.startedAt, 180_000, started)
      return { ...started, url, port, readyMs }
    } catch (error) {
      if ((started.child.exitCode !== exitedAtLoad && started.child.exitCode !== 0) || attempt === 3) throw error
      flakyStarts.push(`REST host ${which} (attempt ${attempt})`)
    }
  }
}
