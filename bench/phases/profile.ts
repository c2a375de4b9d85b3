import { mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { startServer, type AppPaths } from '../lib/app'
import { summariseProfile, type ProfileSummary } from '../lib/cpuprofile'
import { stopGroup } from '../lib/proc'
import { runWrk } from '../lib/wrk'
import { writeCycle, type StoryInput, type Tokens, login } from './writes'

/**
 * CPU profiles of the production server (`node --cpu-prof`, same entry and environment as `npm start`) under one load
 * at a time; only samples taken while the load ran are counted (boot excluded).
 */

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n)

const newestProfile = (dir: string): string => {
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))
  if (files.length === 0) throw new Error(`no .cpuprofile written in ${dir}`)
  // The server is one process; if a helper process also wrote one, the largest is the server's.
  return path.join(dir, files.sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0])
}

export interface ProfiledLoad {
  name: string
  load: string
  file: string
  summary: ProfileSummary
}

export const profileReads = async (
  paths: AppPaths,
  options: {
    name: string
    urlPath: string
    dir: string
    logFile: string
    connections: number
    threads: number
    durationSeconds: number
  },
): Promise<ProfiledLoad> => {
  mkdirSync(options.dir, { recursive: true })
  const server = await startServer(paths, { logFile: options.logFile, cpuProfDir: options.dir })
  const window = { fromUs: 0, toUs: 0 }
  try {
    await fetch(`${server.url}${options.urlPath}`).then((response) => response.arrayBuffer())
    window.fromUs = nowUs()
    await runWrk({
      url: `${server.url}${options.urlPath}`,
      connections: options.connections,
      threads: options.threads,
      durationSeconds: options.durationSeconds,
    })
    window.toUs = nowUs()
  } finally {
    await stopGroup(server)
  }
  const file = newestProfile(options.dir)
  return {
    name: options.name,
    load: `wrk -c${options.connections} -d${options.durationSeconds}s ${options.urlPath}`,
    file,
    summary: summariseProfile(file, paths.app, window),
  }
}

export const profileWrites = async (
  paths: AppPaths,
  options: {
    dir: string
    logFile: string
    cycles: number
    users: { reporter: string; editor: string; chief: string }
    password: string
    input: StoryInput
  },
): Promise<ProfiledLoad> => {
  mkdirSync(options.dir, { recursive: true })
  const server = await startServer(paths, { logFile: options.logFile, cpuProfDir: options.dir })
  const window = { fromUs: 0, toUs: 0 }
  try {
    const tokens: Tokens = {
      reporter: await login(server.url, options.users.reporter, options.password),
      editor: await login(server.url, options.users.editor, options.password),
      chief: await login(server.url, options.users.chief, options.password),
    }
    await writeCycle(server.url, 'workflow', tokens, options.input)
    window.fromUs = nowUs()
    for (let i = 0; i < options.cycles; i++) await writeCycle(server.url, 'workflow', tokens, options.input)
    window.toUs = nowUs()
  } finally {
    await stopGroup(server)
  }
  const file = newestProfile(options.dir)
  return {
    name: 'P2 workflow writes',
    load: `${options.cycles} stories × (create, save draft, submit, approve, publish), one at a time`,
    file,
    summary: summariseProfile(file, paths.app, window),
  }
}

/** The importer CLI under --cpu-prof; the window runs from the first story reported to the summary (boot excluded). */
export const profileImporter = async (
  paths: AppPaths,
  options: {
    dir: string
    storiesDir: string
    env: NodeJS.ProcessEnv
    user: string
    section: string
    as: 'draft' | 'published'
    logFile: string
  },
): Promise<ProfiledLoad> => {
  mkdirSync(options.dir, { recursive: true })
  const { spawn } = await import('node:child_process')
  const { createWriteStream } = await import('node:fs')
  const log = createWriteStream(options.logFile, { flags: 'a' })
  const window = { fromUs: 0, toUs: 0 }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--cpu-prof',
        `--cpu-prof-dir=${options.dir}`,
        '--conditions=development',
        '--import',
        'tsx',
        'src/import/cli.ts',
        options.storiesDir,
        '--user',
        options.user,
        '--as',
        options.as,
        '--section',
        options.section,
        '--json',
      ],
      { cwd: paths.app, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      if (!window.fromUs && text.includes('"file"')) window.fromUs = nowUs()
      if (text.includes('{"summary"')) window.toUs = nowUs()
      log.write(chunk)
    })
    child.stderr.pipe(log, { end: false })
    child.once('error', reject)
    child.once('close', () => resolve())
  })
  log.end()
  const file = newestProfile(options.dir)
  return {
    name: `P3 importer (--as ${options.as})`,
    load: `npm run import of the P3 story files (profile from the first finished story to the summary)`,
    file,
    summary: summariseProfile(file, paths.app, window.toUs ? window : undefined),
  }
}

/** `npm start`'s work until the first /readyz 200, under --cpu-prof (the server is stopped as soon as it is ready). */
export const profileStartup = async (
  paths: AppPaths,
  options: { dir: string; logFile: string },
): Promise<ProfiledLoad> => {
  mkdirSync(options.dir, { recursive: true })
  const startedUs = nowUs()
  const server = await startServer(paths, { logFile: options.logFile, cpuProfDir: options.dir })
  const window = { fromUs: startedUs, toUs: nowUs() }
  await stopGroup(server)
  const file = newestProfile(options.dir)
  return {
    name: 'P4 cold start',
    load: `node --cpu-prof --import tsx src/server.ts (NODE_ENV=production) until /readyz answered 200 (${Math.round(server.readyMs)} ms)`,
    file,
    summary: summariseProfile(file, paths.app, window),
  }
}
