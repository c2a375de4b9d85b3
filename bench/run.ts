/**
 * `npm run bench [-- options]`: builds a fixture database and measures reads (P1), workflow writes (P2), the importer
 * (P3) and cold start + admin list (P4) in one run; writes bench/results/<date>-<short sha>.md and prints one line.
 * See bench/README.md. Quick development run: `npm run bench -- --articles 500 --duration 5`.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { spawnSync } from 'node:child_process'

import { benchStory } from './fixture/stories'
import { appEnv, startRestHost, startServer, type AppPaths, type RunningApp } from './lib/app'
import { load, machine, revision } from './lib/machine'
import { startNginx } from './lib/nginx'
import { benchResult, flakyStarts, freePort, groupRss, runToEnd, sleep, stopGroup, type Started } from './lib/proc'
import { renderReport, summaryLine, type BenchResults } from './lib/report'
import { prepareSnapshot } from './lib/snapshot'
import { median, percentile, spread } from './lib/stats'
import {
  runImporter,
  runMemory,
  runRawCreate,
  summariseImports,
  writeStoryFiles,
  type ImportRun,
  type MemoryRun,
} from './phases/imports'
import { profileImporter, profileReads, profileStartup, profileWrites } from './phases/profile'
import { measureReads, prepareReadTargets } from './phases/reads'
import { adminBrowserRep, summariseAdminBrowser, type AdminBrowserRep } from './phases/adminBrowser'
import { measureCluster } from './phases/cluster'
import { measureSearch } from './phases/search'
import { measureStartup, summariseStartup, type StartupRep } from './phases/startup'
import { login, summariseWrites, writeRep, type StoryInput, type Tokens, type WriteRep } from './phases/writes'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const usage = `Usage: npm run bench -- [options]

  --articles N         published articles in the fixture (default 10000)
  --duration S         seconds per wrk run (default 10)
  --reps R             repetitions of every figure (default 3)
  --connections C      wrk connections (default 50)
  --threads T          wrk threads (default 2)
  --cycles K           P2 stories per repetition (default 3 × duration, at least 10)
  --import-stories M   P3 stories per repetition (default 10 × duration, at least 20)
  --import-memory N    P3 memory: import N stories (importer and raw, concurrently, each on its own database copy),
                       heap and RSS after a full GC at every tenth; 0 skips it (default 0; issue #12 asks for 10000)
  --import-memory-tools LIST
                       which of importer,raw the memory run imports with (default both; the raw baseline never
                       forces a collection and grew past 10 GB by ~2,000 stories, so a 10k run wants importer alone)
  --phases LIST        any of p1,p2,p3,p4,p5,p6,search (default p1–p4; p3 and search make no production build).
                       p6: the admin in Debian's Chromium — an editor opens stories (in review and from the
                       archive) and passes them (通过); edit view usable and transition reflected, in ms
                       p5: two web instances on one database and Redis behind nginx (needs redis-server).
                       search: builds the full-text index from empty, times the 50 queries of
                       bench/search/queries.txt and compares their ranking with the former in-process index
                       (bench/search/measure.ts)
  --admin-stories K    P6 stories opened and passed per repetition (default 10)
  --cluster-trials K   P5 stories published on one instance and withdrawn on the other (default 30)
  --fixture-from DIR   reuse the fixture of an earlier run folder kept with --keep (main.db, media,
                       organisation.json) instead of building one; --articles must match it
  --profile MODE       auto (profile poor figures: stock reads < 200 req/s, delivery < 1,000, workflow story
                       > 1.5× stock, importer < 0.67× raw, cold start > 3 s), all, none (default auto)
  --wait-quiet MIN     first wait up to MIN minutes for a 1-minute load average below --quiet-load (default 0)
  --quiet-load L       threshold for --wait-quiet (default 1.5)
  --workdir DIR        snapshots and run folders (default /tmp/newsroom-bench)
  --no-build           fail instead of building when the tree has no production build yet
  --reuse              use the last built snapshot even if the work tree changed since (harness development)
  --variant DIR        A/B for P1: also read from a server built from DIR (a copy of the repo with a proposed change),
                       on its own copy of the fixture database, interleaved with the base in every repetition;
                       for P3, the importer of the variant is run too, after the base's, in every repetition
  --variant-patch FILE A/B for P1: the variant is this run's own snapshot with a unified diff applied (patch -p1), so
                       base and variant differ by exactly the patch even while others edit the work tree
  --variant-sql FILE   A/B for P1: SQL run (sqlite3) on the variant's database copy before it starts (an index,
                       ANALYZE); alone, the variant runs the base code
  --keep               keep the run folder (databases, logs, profiles)
  --out FILE           results file (default bench/results/<date>-<short sha>.md)`

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    articles: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    reps: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    threads: { type: 'string', default: '2' },
    cycles: { type: 'string' },
    'import-stories': { type: 'string' },
    'import-memory': { type: 'string', default: '0' },
    'import-memory-tools': { type: 'string', default: 'importer,raw' },
    'cluster-trials': { type: 'string', default: '30' },
    'admin-stories': { type: 'string', default: '10' },
    phases: { type: 'string', default: 'p1,p2,p3,p4' },
    profile: { type: 'string', default: 'auto' },
    'wait-quiet': { type: 'string', default: '0' },
    'quiet-load': { type: 'string', default: '1.5' },
    workdir: { type: 'string', default: '/tmp/newsroom-bench' },
    'no-build': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    variant: { type: 'string' },
    'fixture-from': { type: 'string' },
    'variant-patch': { type: 'string' },
    'variant-sql': { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})
if (values.help) {
  process.stdout.write(`${usage}\n`)
  process.exit(0)
}

const int = (name: string, value: string | undefined, min: number): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) {
    process.stderr.write(`--${name} must be an integer ≥ ${min}\n\n${usage}\n`)
    process.exit(2)
  }
  return number
}

const articles = int('articles', values.articles, 50)
const duration = int('duration', values.duration, 1)
const reps = int('reps', values.reps, 1)
const connections = int('connections', values.connections, 1)
const threads = int('threads', values.threads, 1)
const cycles = values.cycles ? int('cycles', values.cycles, 1) : Math.max(10, 3 * duration)
const importStories = values['import-stories']
  ? int('import-stories', values['import-stories'], 1)
  : Math.max(20, 10 * duration)
const importMemory = int('import-memory', values['import-memory'], 0)
const memoryTools = (['importer', 'raw'] as const).filter((tool) =>
  (values['import-memory-tools'] ?? '').split(',').some((name) => name.trim() === tool),
)
if (importMemory > 0 && memoryTools.length === 0) {
  process.stderr.write(`--import-memory-tools must name importer, raw or both\n\n${usage}\n`)
  process.exit(2)
}
const clusterTrials = int('cluster-trials', values['cluster-trials'], 1)
const adminStories = int('admin-stories', values['admin-stories'], 1)
const phases = new Set((values.phases ?? '').split(',').map((phase) => phase.trim().toLowerCase()))
// P3 runs the CLIs under tsx: only the server phases need `npm run build`.
const needBuild = ['p1', 'p2', 'p4', 'p5', 'p6'].some((phase) => phases.has(phase))
const profileMode = values.profile === 'all' || values.profile === 'none' ? values.profile : 'auto'
const password = 'bench-password'
const writeWarmup = 3

const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}

const waitQuiet = async (minutes: number, threshold: number): Promise<string> => {
  if (minutes <= 0) return `not requested (1-minute load ${load()[0]} at start)`
  const deadline = Date.now() + minutes * 60_000
  const started = Date.now()
  for (;;) {
    const [one] = load()
    if (one < threshold)
      return `quiet after ${Math.round((Date.now() - started) / 1000)} s (1-minute load ${one} < ${threshold})`
    if (Date.now() > deadline)
      return `never quiet within ${minutes} min (1-minute load ${one} ≥ ${threshold}); ran anyway — figures contaminated`
    log(`waiting for a quiet machine: 1-minute load ${one} ≥ ${threshold}`)
    await sleep(15_000)
  }
}

const serverFootprint = (server: RunningApp) => {
  const { largestMB, largestFds } = groupRss(server.child.pid as number)
  return { rssMB: largestMB, fds: largestFds }
}

const copyDatabase = (from: string, to: string): void => {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix)
}

const main = async (): Promise<void> => {
  const startedAt = new Date()
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    settings: {
      articles,
      reps,
      duration,
      connections,
      threads,
      cycles,
      importStories,
      importMemory,
      clusterTrials,
      adminStories,
      phases: [...phases].join(','),
      profile: profileMode,
    },
    machine: machine(),
    revision: revision(repo),
    snapshot: { dir: '', hash: '', buildSeconds: null },
    loads: [],
    quietWait: '',
    profiles: [],
    serverMemory: [],
    variant: null,
    failures: [],
    notes: [],
  }
  const noteLoad = (phase: string) => results.loads.push({ phase, load: load() })
  results.quietWait = await waitQuiet(Number(values['wait-quiet']), Number(values['quiet-load']))
  noteLoad('start')

  const workRoot = values.workdir as string
  mkdirSync(workRoot, { recursive: true })
  const runDir = mkdtempSync(path.join(workRoot, 'run-'))
  log(`run folder ${runDir}`)
  const logFile = (name: string) => path.join(runDir, `${name}.log`)

  log('snapshot of the work tree and production build')
  const snapshot = await prepareSnapshot({
    repo,
    workRoot,
    logFile: logFile('build'),
    build: !values['no-build'],
    needBuild,
    reuse: Boolean(values.reuse),
  })
  results.snapshot = snapshot
  const app = snapshot.dir
  const mediaDir = path.join(runDir, 'media')
  const paths = (db: string): AppPaths => ({ app, dbFile: path.join(runDir, db), mediaDir })
  const mainDb = paths('main.db')

  // The variant's code (--variant DIR or this snapshot + --variant-patch), made once, for P1 and P3.
  let variantAppDir: string | null = null
  const variantSnapshot = async (): Promise<string> => {
    if (variantAppDir) return variantAppDir
    let variantRepo = values.variant ? path.resolve(values.variant) : null
    if (values['variant-patch']) {
      variantRepo = path.join(runDir, 'variant-src')
      for (const entry of [
        'src',
        'payload.config.ts',
        'next.config.ts',
        'tsconfig.json',
        'package.json',
        'package-lock.json',
        'next-env.d.ts',
      ]) {
        if (existsSync(path.join(app, entry)))
          cpSync(path.join(app, entry), path.join(variantRepo, entry), { recursive: true })
      }
      const patched = spawnSync('patch', ['-p1', '--forward', '-i', path.resolve(values['variant-patch'])], {
        cwd: variantRepo,
        encoding: 'utf8',
      })
      if (patched.status !== 0)
        throw new Error(`the variant patch does not apply to this snapshot: ${patched.stdout}${patched.stderr}`)
    }
    variantAppDir = variantRepo
      ? (
          await prepareSnapshot({
            repo: variantRepo,
            workRoot,
            logFile: logFile('build-variant'),
            build: !values['no-build'],
            needBuild,
            reuse: false,
            fallbackNodeModules: path.join(repo, 'node_modules'),
            benchFrom: repo,
          })
        ).dir
      : app
    return variantAppDir
  }

  const running: Started[] = []
  const stopAll = async () => {
    for (const started of running.splice(0)) await stopGroup(started)
  }
  const onSignal = () => {
    void stopAll().finally(() => process.exit(130))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  try {
    // ---- fixture ------------------------------------------------------------------------------------------------
    noteLoad('fixture')
    log(`building the fixture: ${articles} published articles`)
    type Organisation = {
      userIds: Record<'admin' | 'editor' | 'chief' | 'reporter', string>
      brandBySlug: Record<string, string>
      sectionIds: Record<string, string>
      orgSeconds: number
    }
    const step = async <T>(
      name: 'org' | 'bulk' | 'finish',
      extra: Record<string, string>,
      schema: 'migrations' | 'push',
    ): Promise<T | null> => {
      const result = await runToEnd(
        process.execPath,
        ['--conditions=development', '--import', 'tsx', 'bench/fixture/build.ts'],
        {
          cwd: app,
          // The push fallback needs development mode only where the schema is made (the org step).
          env: appEnv(mainDb, {
            BENCH_STEP: name,
            BENCH_ARTICLES: String(articles),
            BENCH_PASSWORD: password,
            BENCH_SCHEMA: schema,
            ...(schema === 'push' && name === 'org' ? { NODE_ENV: 'development' } : {}),
            ...extra,
          }),
          logFile: logFile('fixture'),
        },
      )
      return benchResult<T>(result.stdout)
    }
    let schema: 'migrations' | 'push' = 'migrations'
    const fixtureFrom = values['fixture-from'] ? path.resolve(values['fixture-from']) : null
    if (fixtureFrom) {
      copyDatabase(path.join(fixtureFrom, 'main.db'), mainDb.dbFile)
      cpSync(path.join(fixtureFrom, 'media'), mediaDir, { recursive: true })
      results.notes.push(`The fixture database was not built by this run: copied from ${fixtureFrom} (--fixture-from).`)
    }
    let org = fixtureFrom
      ? (JSON.parse(readFileSync(path.join(fixtureFrom, 'organisation.json'), 'utf8')) as Organisation)
      : await step<Organisation>('org', {}, schema)
    if (!org && /no such (column|table)/.test(readFileSync(logFile('fixture'), 'utf8'))) {
      const problem =
        'src/migrations does not match payload.config.ts in this tree (the schema they create lacks tables/columns the config uses): a production start on a new SQLite database would fail. The fixture schema was pushed from the config instead (bench/fixture/build.ts, BENCH_SCHEMA=push) so the run could go on.'
      results.failures.push(problem)
      log(`migrations out of date — retrying the fixture with a pushed schema`)
      for (const suffix of ['', '-wal', '-shm']) rmSync(mainDb.dbFile + suffix, { force: true })
      rmSync(mediaDir, { recursive: true, force: true })
      schema = 'push'
      org = await step<Organisation>('org', {}, schema)
    }
    if (!org) throw new Error(`fixture build failed; see ${logFile('fixture')}`)
    writeFileSync(path.join(runDir, 'organisation.json'), JSON.stringify(org))
    const chunk = 4_000
    let bulkSeconds = 0
    let captionItems = 0
    let rssMB = 0
    for (let from = 0; !fixtureFrom && from < articles; from += chunk) {
      const to = Math.min(articles, from + chunk)
      const part = await step<{ captionItems: number; seconds: number; rssMB: number }>(
        'bulk',
        { BENCH_ORG: path.join(runDir, 'organisation.json'), BENCH_FROM: String(from), BENCH_TO: String(to) },
        schema,
      )
      if (!part) throw new Error(`fixture build failed at articles ${from}–${to}; see ${logFile('fixture')}`)
      bulkSeconds += part.seconds
      captionItems += part.captionItems
      rssMB = Math.max(rssMB, part.rssMB)
      log(
        `  fixture: ${to}/${articles} articles (${((to - from) / part.seconds).toFixed(0)}/s, builder RSS ${part.rssMB} MB)`,
      )
    }
    const target = await step<{ articleId: string; articleSlug: string; sectionSlug: string; sectionId: string }>(
      'finish',
      {},
      schema,
    )
    if (!target) throw new Error(`fixture build failed; see ${logFile('fixture')}`)
    const fixture = {
      reusedFrom: fixtureFrom ?? undefined,
      articles,
      captionItems,
      photos: 8,
      orgSeconds: org.orgSeconds,
      bulkSeconds,
      articlesPerSecond: bulkSeconds ? articles / bulkSeconds : NaN,
      rssMB,
      users: org.userIds,
      brands: org.brandBySlug,
      sections: org.sectionIds,
      target,
    }
    const sizes = Array.from({ length: Math.min(articles, 5000) }, (_, index) => benchStory(index).bodyChars)
    results.fixture = {
      ...fixture,
      dbMB: statSync(mainDb.dbFile).size / 1e6,
      bodyChars: { ...spread(sizes), p10: percentile(sizes, 10), p90: percentile(sizes, 90) },
    }
    copyDatabase(mainDb.dbFile, paths('host-app.db').dbFile)
    copyDatabase(mainDb.dbFile, paths('host-stock.db').dbFile)
    log(`fixture ready: ${fixture.articles} articles at ${fixture.articlesPerSecond.toFixed(0)}/s`)

    const emails = {
      admin: 'admin@bench.local',
      editor: 'editor@bench.local',
      chief: 'chief@bench.local',
      reporter: 'reporter@bench.local',
    }
    const tokensAt = async (base: string): Promise<Tokens> => ({
      reporter: await login(base, emails.reporter, password),
      editor: await login(base, emails.editor, password),
      chief: await login(base, emails.chief, password),
    })
    const storyInput: StoryInput = {
      brandId: fixture.brands['guanhai-news'],
      sectionId: fixture.sections['chengshi'],
      reporterId: fixture.users.reporter,
    }

    // ---- search: before the servers start, so none of them builds the full-text index in the background --------
    if (phases.has('search')) {
      noteLoad('search')
      log('search: full-text index build, 50 queries, agreement with the in-process index')
      try {
        results.search = await measureSearch({ app, env: appEnv(mainDb), logFile: logFile('search') })
        log(
          `  search: built in ${results.search.buildSeconds.toFixed(0)} s, route p95 ${results.search.route.p95.toFixed(1)} ms, top-10 overlap ${(results.search.agreement.meanTopOverlap * 100).toFixed(0)} %`,
        )
      } catch (error) {
        results.failures.push(`search: ${(error as Error).message}`)
      }
    }

    // ---- P1 and P2 on the production server ---------------------------------------------------------------------
    let server: RunningApp | null = null
    if (phases.has('p1') || phases.has('p2') || phases.has('p6')) {
      log('starting the production server (npm start)')
      server = await startServer(mainDb, { logFile: logFile('server') })
      running.push(server)
      results.serverMemory.push({ when: 'ready', ...serverFootprint(server) })
    }

    if (server && phases.has('p1')) {
      noteLoad('P1')
      const staticRoot = path.join(runDir, 'static')
      mkdirSync(staticRoot, { recursive: true })
      const nginxPort = await freePort()
      const frontPort = await freePort()
      writeFileSync(path.join(staticRoot, 'ready.txt'), 'ok\n')
      const nginx = await startNginx({
        dir: path.join(runDir, 'nginx'),
        root: staticRoot,
        port: nginxPort,
        probePath: '/ready.txt',
        proxy: { port: frontPort, appPorts: [server.port], conf: path.join(repo, 'deploy', 'nginx.conf') },
      })
      running.push(nginx)
      const readInput = {
        app: server.url,
        proxyBase: `http://127.0.0.1:${frontPort}`,
        staticBase: `http://127.0.0.1:${nginxPort}`,
        staticRoot,
        articleSlug: fixture.target.articleSlug,
        sectionSlug: fixture.target.sectionSlug,
        sectionId: fixture.target.sectionId,
      }
      const { targets, checks } = await prepareReadTargets(readInput)
      // Behind nginx, most requests never reach the app: the CPU per request counted is nginx's.
      for (const target of targets)
        target.pgid = (target.kind === 'static' || target.kind === 'proxied' ? nginx : server).child.pid
      let variantServer: RunningApp | null = null
      if (values.variant || values['variant-patch'] || values['variant-sql']) {
        const variantApp = await variantSnapshot()
        const variantDb: AppPaths = { app: variantApp, dbFile: path.join(runDir, 'variant.db'), mediaDir }
        copyDatabase(mainDb.dbFile, variantDb.dbFile)
        if (values['variant-sql']) {
          const applied = spawnSync('sqlite3', [variantDb.dbFile], {
            input: readFileSync(path.resolve(values['variant-sql']), 'utf8'),
            encoding: 'utf8',
          })
          if (applied.status !== 0)
            throw new Error(
              `sqlite3 could not apply ${values['variant-sql']}: ${applied.stderr || applied.error?.message}`,
            )
        }
        results.variant = {
          dir: values['variant-patch']
            ? `this snapshot + ${path.resolve(values['variant-patch'])}`
            : values.variant
              ? path.resolve(values.variant)
              : null,
          sql: values['variant-sql'] ? readFileSync(path.resolve(values['variant-sql']), 'utf8').trim() : null,
          snapshot: variantApp,
        }
        log(
          `starting the variant server (${values['variant-patch'] ?? values.variant ?? 'base code'}${values['variant-sql'] ? ` + ${values['variant-sql']}` : ''})`,
        )
        variantServer = await startServer(variantDb, { logFile: logFile('server-variant') })
        running.push(variantServer)
        results.serverMemory.push({ when: 'variant ready', ...serverFootprint(variantServer) })
        const variant = await prepareReadTargets({ ...readInput, app: variantServer.url, variant: true })
        for (const target of variant.targets) target.pgid = variantServer.child.pid
        // Interleave: base target, then the same target on the variant.
        const ordered = targets.flatMap((target) => [
          target,
          ...variant.targets.filter((entry) => entry.group === target.group && entry.kind === target.kind),
        ])
        targets.splice(0, targets.length, ...ordered)
        checks.push(...variant.checks)
      }
      log(`P1 reads: ${targets.length} targets × ${reps} × ${duration} s`)
      const series = await measureReads(targets, {
        reps,
        connections,
        threads,
        durationSeconds: duration,
        onRun: (target, rep, result) =>
          log(
            `  P1 rep ${rep} ${target.variant ? 'variant ' : ''}${target.group}/${target.kind}: ${result.rps.toFixed(1)} req/s p50 ${result.p50.toFixed(1)} ms p99 ${result.p99.toFixed(1)} ms${result.errors ? ` ERRORS ${result.errorDetail}` : ''}`,
          ),
      })
      results.reads = { series, checks, connections, threads, durationSeconds: duration }
      results.serverMemory.push({ when: 'after P1', ...serverFootprint(server) })
      for (const entry of series)
        if (entry.errors)
          results.failures.push(
            `P1 ${entry.target.variant ? 'variant ' : ''}${entry.target.group}/${entry.target.kind}: ${entry.errors} error(s) — ${entry.runs.map((run) => run.errorDetail).join('; ')}`,
          )
      await stopGroup(nginx)
      running.splice(running.indexOf(nginx), 1)
      if (variantServer) {
        results.serverMemory.push({ when: 'variant after P1', ...serverFootprint(variantServer) })
        await stopGroup(variantServer)
        running.splice(running.indexOf(variantServer), 1)
      }
    }

    if (server && phases.has('p2')) {
      noteLoad('P2')
      log(`P2 writes: ${reps} × ${cycles} stories on the production server, the app REST host and the stock host`)
      const appHost = await startRestHost(paths('host-app.db'), 'app', logFile('host-app'))
      running.push(appHost)
      const stockHost = await startRestHost(paths('host-stock.db'), 'baseline', logFile('host-stock'))
      running.push(stockHost)
      const targets = [
        { key: 'workflowServer', base: server.url, mode: 'workflow', tokens: await tokensAt(server.url) },
        { key: 'workflowHost', base: appHost.url, mode: 'workflow', tokens: await tokensAt(appHost.url) },
        { key: 'stockHost', base: stockHost.url, mode: 'stock', tokens: await tokensAt(stockHost.url) },
      ] as const
      const repsBy: Record<string, WriteRep[]> = { workflowServer: [], workflowHost: [], stockHost: [] }
      for (let rep = 1; rep <= reps; rep++) {
        for (const target of targets) {
          try {
            const result = await writeRep(
              target.base,
              target.mode,
              target.tokens,
              storyInput,
              cycles,
              rep === 1 ? writeWarmup : 1,
            )
            repsBy[target.key].push(result)
            log(
              `  P2 rep ${rep} ${target.key}: story p50 ${result.cycleP50.toFixed(0)} ms (publish p50 ${result.p50.publish.toFixed(0)} ms)`,
            )
          } catch (error) {
            results.failures.push(`P2 ${target.key} rep ${rep}: ${(error as Error).message}`)
            log(`  P2 rep ${rep} ${target.key} FAILED: ${(error as Error).message}`)
          }
        }
      }
      results.serverMemory.push({ when: 'after P2', ...serverFootprint(server) })
      results.writes = {
        cycles,
        warmup: writeWarmup,
        workflowServer: repsBy.workflowServer.length ? summariseWrites(repsBy.workflowServer) : undefined,
        workflowHost: repsBy.workflowHost.length ? summariseWrites(repsBy.workflowHost) : undefined,
        stockHost: repsBy.stockHost.length ? summariseWrites(repsBy.stockHost) : undefined,
      }
    }
    if (server && phases.has('p6')) {
      noteLoad('P6')
      log(`P6 admin in Chromium: ${reps} × ${adminStories} stories opened and passed by the editor`)
      const tokens = await tokensAt(server.url)
      const adminReps: AdminBrowserRep[] = []
      for (let rep = 1; rep <= reps; rep++) {
        try {
          const result = await adminBrowserRep(server.url, tokens, storyInput, adminStories)
          adminReps.push(result)
          log(
            `  P6 rep ${rep}: first open ${result.firstOpenMs.toFixed(0)} ms, warm open p50 ${median(result.reviewOpenMs).toFixed(0)} ms, 通过 p50 ${median(result.transitionMs).toFixed(0)} ms`,
          )
        } catch (error) {
          results.failures.push(`P6 rep ${rep}: ${(error as Error).message}`)
          log(`  P6 rep ${rep} FAILED: ${(error as Error).message}`)
        }
      }
      if (adminReps.length) results.adminBrowser = summariseAdminBrowser(adminReps, adminStories)
    }
    await stopAll()

    // ---- P5 two web instances ----------------------------------------------------------------------------------
    if (phases.has('p5')) {
      noteLoad('P5')
      try {
        results.cluster = await measureCluster({
          paths: mainDb,
          runDir,
          nginxConf: path.join(repo, 'deploy', 'nginx.conf'),
          logFile,
          login: tokensAt,
          story: storyInput,
          articleSlug: fixture.target.articleSlug,
          reps,
          trials: clusterTrials,
          connections,
          threads,
          durationSeconds: duration,
          log,
        })
        for (const read of results.cluster.reads)
          if (read.errors) results.failures.push(`P5 ${read.label}: ${read.errors} error(s)`)
        for (const entry of results.cluster.visibility)
          if (entry.missed) results.failures.push(`P5 ${entry.what}: ${entry.missed} change(s) not seen within 10 s`)
      } catch (error) {
        results.failures.push(`P5: ${(error as Error).message}`)
        log(`  P5 FAILED: ${(error as Error).message}`)
      }
    }

    // ---- P3 import ---------------------------------------------------------------------------------------------
    if (phases.has('p3')) {
      noteLoad('P3')
      log(`P3 import: ${reps} × ${importStories} stories, importer and raw Local API, as draft and published`)
      const runs: ImportRun[] = []
      let notMeasured: string | undefined
      const env = appEnv(mainDb, { LOG_LEVEL: 'warn' })
      let next = articles + 1_000
      const storiesDir = (name: string) => {
        const dir = path.join(runDir, 'import', name)
        writeStoryFiles(dir, next, importStories)
        next += importStories
        return dir
      }
      const variantImporter = Boolean(values.variant || values['variant-patch'])
      if (variantImporter)
        results.variant ??= {
          dir: values.variant ?? values['variant-patch'] ?? null,
          sql: null,
          snapshot: await variantSnapshot(),
        }
      outer: for (let rep = 1; rep <= reps; rep++) {
        for (const as of ['draft', 'published'] as const) {
          try {
            const importer = await runImporter({
              app,
              env,
              dir: storiesDir(`importer-${as}-${rep}`),
              as,
              user: emails.admin,
              section: 'jingji',
              logFile: logFile('import'),
            })
            runs.push(importer)
            log(`  P3 rep ${rep} importer ${as}: ${importer.rate.toFixed(1)} stories/s (${importer.failed} failed)`)
          } catch (error) {
            notMeasured = `the importer could not be run: ${(error as Error).message}`
            log(`  P3 importer FAILED: ${notMeasured}`)
            break outer
          }
          if (variantImporter) {
            try {
              const variant = await runImporter({
                tool: 'variant',
                app: await variantSnapshot(),
                env,
                dir: storiesDir(`variant-${as}-${rep}`),
                as,
                user: emails.admin,
                section: 'jingji',
                logFile: logFile('import-variant'),
              })
              runs.push(variant)
              log(`  P3 rep ${rep} variant importer ${as}: ${variant.rate.toFixed(1)} stories/s`)
            } catch (error) {
              results.failures.push(`P3 variant importer ${as} rep ${rep}: ${(error as Error).message}`)
            }
          }
          try {
            const raw = await runRawCreate({
              app,
              env,
              dir: storiesDir(`raw-${as}-${rep}`),
              as,
              section: 'jingji',
              logFile: logFile('import-raw'),
            })
            runs.push(raw)
            log(`  P3 rep ${rep} raw ${as}: ${raw.rate.toFixed(1)} stories/s`)
          } catch (error) {
            results.failures.push(`P3 raw ${as} rep ${rep}: ${(error as Error).message}`)
            log(`  P3 rep ${rep} raw ${as} FAILED: ${(error as Error).message}`)
          }
        }
      }
      let memory: MemoryRun[] | undefined
      if (importMemory > 0 && !notMeasured) {
        // Memory, not speed: both run at once, each on its own copy of the fixture database, on the same files.
        log(
          `P3 memory: ${importMemory} stories, ${memoryTools.join(' and ')} at once, a sample every ${importMemory / 10}`,
        )
        const dir = path.join(runDir, 'import', 'memory')
        writeStoryFiles(dir, articles + 2_000_000, importMemory)
        const every = Math.max(1, Math.floor(importMemory / 10))
        try {
          memory = await Promise.all(
            memoryTools.map((tool) => {
              const db = paths(`memory-${tool}.db`)
              copyDatabase(mainDb.dbFile, db.dbFile)
              return runMemory({
                tool,
                app,
                env: appEnv(db, { LOG_LEVEL: 'warn' }),
                dir,
                as: 'published',
                user: emails.admin,
                section: 'jingji',
                every,
                logFile: logFile(`memory-${tool}`),
              })
            }),
          )
        } catch (error) {
          results.failures.push(`P3 memory: ${(error as Error).message}`)
        }
      }
      results.imports = { series: summariseImports(runs), stories: importStories, notMeasured, memory }
      if (runs.some((run) => run.failed > 0))
        results.failures.push(
          `P3: the importer reported failed stories (${runs
            .filter((run) => run.failed)
            .map((run) => run.note)
            .join('; ')})`,
        )
    }

    // ---- P4 cold start and admin list ---------------------------------------------------------------------------
    if (phases.has('p4')) {
      noteLoad('P4')
      log(`P4 cold start: ${reps} starts of npm start`)
      const startupReps: StartupRep[] = []
      for (let rep = 1; rep <= reps; rep++) {
        try {
          const result = await measureStartup(mainDb, {
            email: emails.admin,
            password,
            logFile: logFile('server-p4'),
            warmRequests: 5,
          })
          startupReps.push(result)
          log(
            `  P4 rep ${rep}: ready ${result.readyMs.toFixed(0)} ms, admin list first byte ${result.adminFirst.firstByteMs.toFixed(0)} ms, warm ${result.adminWarmFirstByteMs.toFixed(0)} ms`,
          )
        } catch (error) {
          results.failures.push(`P4 rep ${rep}: ${(error as Error).message}`)
          log(`  P4 rep ${rep} FAILED: ${(error as Error).message}`)
        }
      }
      if (startupReps.length) results.startup = summariseStartup(startupReps)
    }

    // ---- profiles of poor figures ------------------------------------------------------------------------------
    if (profileMode !== 'none') {
      noteLoad('profiles')
      const profileDir = path.join(runDir, 'profiles')
      const poorReads = (results.reads?.series ?? []).filter(
        (entry) =>
          entry.target.kind !== 'static' &&
          !entry.target.variant &&
          (profileMode === 'all' ||
            (entry.target.kind === 'stock' ? entry.rps.median < 200 : entry.rps.median < 1_000)),
      )
      for (const entry of poorReads) {
        const name = `P1 ${entry.target.group} · ${entry.target.kind}`
        log(`profiling ${name}`)
        try {
          const url = new URL(entry.target.url)
          results.profiles.push(
            await profileReads(mainDb, {
              name,
              urlPath: `${url.pathname}${url.search}`,
              dir: path.join(profileDir, `${entry.target.group}-${entry.target.kind}`),
              logFile: logFile('server-profile'),
              connections,
              threads,
              durationSeconds: Math.max(duration, 5),
            }),
          )
        } catch (error) {
          results.failures.push(`profile ${name}: ${(error as Error).message}`)
        }
      }
      const w = results.writes
      const writesPoor =
        w?.workflowHost &&
        w.stockHost &&
        (profileMode === 'all' || w.workflowHost.cycleP50.median > 1.5 * w.stockHost.cycleP50.median)
      if (writesPoor) {
        log('profiling P2 workflow writes')
        try {
          results.profiles.push(
            await profileWrites(mainDb, {
              dir: path.join(profileDir, 'writes'),
              logFile: logFile('server-profile'),
              cycles,
              users: emails,
              password,
              input: storyInput,
            }),
          )
        } catch (error) {
          results.failures.push(`profile P2: ${(error as Error).message}`)
        }
      }
      if (results.startup && (profileMode === 'all' || results.startup.readyMs.median > 3_000)) {
        log('profiling P4 cold start')
        try {
          results.profiles.push(
            await profileStartup(mainDb, { dir: path.join(profileDir, 'startup'), logFile: logFile('server-profile') }),
          )
        } catch (error) {
          results.failures.push(`profile P4: ${(error as Error).message}`)
        }
      }
      const importer = results.imports?.series.find((s) => s.tool === 'importer' && s.as === 'published')
      const raw = results.imports?.series.find((s) => s.tool === 'raw' && s.as === 'published')
      if (importer && raw && (profileMode === 'all' || importer.rate.median < 0.67 * raw.rate.median)) {
        log('profiling P3 importer')
        try {
          const dir = path.join(runDir, 'import', 'profiled')
          writeStoryFiles(dir, articles + 900_000, importStories)
          results.profiles.push(
            await profileImporter(mainDb, {
              dir: path.join(profileDir, 'import'),
              storiesDir: dir,
              env: appEnv(mainDb, { LOG_LEVEL: 'warn' }),
              user: emails.admin,
              section: 'jingji',
              as: 'published',
              logFile: logFile('import-profile'),
            }),
          )
        } catch (error) {
          results.failures.push(`profile P3: ${(error as Error).message}`)
        }
      }
    }
  } catch (error) {
    results.failures.push(`run aborted: ${(error as Error).stack ?? String(error)}`)
    log(`ABORTED: ${(error as Error).message}`)
  } finally {
    await stopAll()
  }

  noteLoad('end')
  results.finishedAt = new Date().toISOString()
  results.notes.push(
    `Run folder ${runDir}${values.keep ? ' (kept)' : ' (deleted; --keep keeps databases, logs and profiles)'}.`,
    'The production server logs every request (pino JSON at info) to a file, as in production. DELIVERY_RATE_LIMIT is set to 10⁹/min: the limiter stays in the path but cannot refuse wrk, whose connections all come from one address.',
    'nginx runs one worker (the Node server is one process), access log off, keep-alive without a request cap.',
  )
  if (flakyStarts.length)
    results.notes.push(
      `Processes that ended at startup with exit code 13 before doing anything and were started again: ${flakyStarts.join('; ')}.`,
    )
  const outFile = values.out
    ? path.resolve(values.out)
    : path.join(repo, 'bench', 'results', `${startedAt.toISOString().slice(0, 10)}-${results.revision.shortSha}.md`)
  mkdirSync(path.dirname(outFile), { recursive: true })
  writeFileSync(outFile, renderReport(results))
  writeFileSync(outFile.replace(/\.md$/, '.json'), `${JSON.stringify(results, null, 2)}\n`)
  if (!values.keep) rmSync(runDir, { recursive: true, force: true })
  process.stdout.write(`${summaryLine(results, path.relative(process.cwd(), outFile))}\n`)
  process.exit(results.failures.length ? 1 : 0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
