import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

import { runToEnd } from './proc'

/**
 * The code under test is a frozen copy of the work tree, because other people edit it while a run takes minutes:
 * every phase then measures the same code, and the production build never touches the work tree's `.next`.
 * node_modules is hard-linked (seconds, no extra disk; Turbopack refuses a symlink out of its root).
 * A copy is keyed by the hash of its files, so an unchanged tree reuses its production build.
 */

const appEntries = [
  'src',
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'next-env.d.ts',
  // P6 launches Chromium the way the browser tests do; the build type-checks bench/, so the helper comes along.
  'tests/helpers/browser.ts',
]

const listFiles = (root: string, entry: string): string[] => {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full).flatMap((child) => listFiles(root, path.join(entry, child)))
}

export const treeHash = (repo: string): string => {
  const hash = createHash('sha256')
  for (const file of appEntries.flatMap((entry) => listFiles(repo, entry)).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(repo, file)))
      .update('\0')
  }
  return hash.digest('hex').slice(0, 12)
}

export interface Snapshot {
  dir: string
  hash: string
  /** seconds `npm run build` took in this run, or null when an earlier run's build was reused */
  buildSeconds: number | null
}

const buildMarker = '.bench-build-ok'

export const prepareSnapshot = async (options: {
  repo: string
  workRoot: string
  logFile: string
  build: boolean
  /** false: the phases run need no production build (P3 runs the CLIs under tsx); none is made */
  needBuild?: boolean
  reuse: boolean
  fallbackNodeModules?: string
  benchFrom?: string
}): Promise<Snapshot> => {
  const { repo, workRoot, logFile } = options
  mkdirSync(workRoot, { recursive: true })
  if (options.reuse) {
    // Harness development: the last built snapshot, whatever the work tree holds now (the results say which).
    const built = readdirSync(workRoot)
      .filter((entry) => entry.startsWith('app-') && existsSync(path.join(workRoot, entry, buildMarker)))
      .sort((a, b) => statSync(path.join(workRoot, b)).mtimeMs - statSync(path.join(workRoot, a)).mtimeMs)[0]
    if (built) {
      const dir = path.join(workRoot, built)
      rmSync(path.join(dir, 'bench'), { recursive: true, force: true })
      cpSync(path.join(options.benchFrom ?? repo, 'bench'), path.join(dir, 'bench'), {
        recursive: true,
        filter: (source) => !/\/bench\/(results|tmp)(\/|$)/.test(source),
      })
      return { dir, hash: `${built.slice(4)} (reused; the work tree may have changed since)`, buildSeconds: null }
    }
  }
  const hash = treeHash(repo)
  const dir = path.join(workRoot, `app-${hash}`)
  // A production build is ~0.5 GB: the three most recently used copies stay (a base and a variant fit), older ones go.
  const others = readdirSync(workRoot)
    .filter((entry) => entry.startsWith('app-') && entry !== `app-${hash}`)
    .sort((a, b) => statSync(path.join(workRoot, b)).mtimeMs - statSync(path.join(workRoot, a)).mtimeMs)
  for (const entry of others.slice(2)) rmSync(path.join(workRoot, entry), { recursive: true, force: true })

  if (!existsSync(path.join(dir, buildMarker))) {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    for (const entry of appEntries)
      if (existsSync(path.join(repo, entry))) cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true })
    // A variant copy may have no node_modules of its own (or a symlink): link the real folder.
    const modules = existsSync(path.join(repo, 'node_modules'))
      ? realpathSync(path.join(repo, 'node_modules'))
      : options.fallbackNodeModules
    if (!modules) throw new Error(`${repo} has no node_modules`)
    execFileSync('cp', ['-al', modules, path.join(dir, 'node_modules')])
  }
  utimesSync(dir, new Date(), new Date())
  // The harness itself is copied fresh every run (it is not part of the build key).
  rmSync(path.join(dir, 'bench'), { recursive: true, force: true })
  cpSync(path.join(options.benchFrom ?? repo, 'bench'), path.join(dir, 'bench'), {
    recursive: true,
    filter: (source) => !/\/bench\/(results|tmp)(\/|$)/.test(source),
  })

  let buildSeconds: number | null = null
  if (options.needBuild !== false && !existsSync(path.join(dir, buildMarker))) {
    if (!options.build) throw new Error(`no production build for tree ${hash}; run without --no-build`)
    process.stderr.write(`  building the production app in ${dir} (npm run build, log: ${logFile}) …\n`)
    const result = await runToEnd('npm', ['run', 'build'], {
      cwd: dir,
      logFile,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        PAYLOAD_SECRET: 'bench-build',
        DATABASE_URI: `file:${path.join(dir, 'build.db')}`,
      },
    })
    if (result.code !== 0) throw new Error(`npm run build failed (exit ${result.code}); see ${logFile}`)
    buildSeconds = result.seconds
    writeFileSync(path.join(dir, buildMarker), `${new Date().toISOString()} ${buildSeconds.toFixed(1)} s\n`)
  }
  return { dir, hash, buildSeconds }
}
