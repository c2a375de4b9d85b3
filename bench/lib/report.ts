import type { AdminBrowserSeries } from '../phases/adminBrowser'
import type { ClusterResults } from '../phases/cluster'
import type { ImportSeries, MemoryRun } from '../phases/imports'
import type { ProfiledLoad } from '../phases/profile'
import type { ReadSeries } from '../phases/reads'
import { searchLines, type SearchResult } from '../phases/search'
import type { StartupSeries } from '../phases/startup'
import { writeSteps, type WriteSeries } from '../phases/writes'
import type { ProfileSummary } from './cpuprofile'
import { adminBrowserLines } from './adminBrowserReport'
import { clusterLines } from './clusterReport'
import { importRatioLines, memoryLines } from './importReport'
import type { Machine, Revision } from './machine'
import { fmt, fmtSpread, median, ratio, spread, type Spread } from './stats'

/** Everything one run measured; rendered as bench/results/<date>-<sha>.md. */
export interface BenchResults {
  startedAt: string
  finishedAt: string
  command: string
  settings: Record<string, string | number | boolean>
  machine: Machine
  revision: Revision
  snapshot: { dir: string; hash: string; buildSeconds: number | null }
  loads: { phase: string; load: [number, number, number] }[]
  quietWait: string
  fixture?: {
    /** --fixture-from: copied from that run folder, so the build figures are not this run's */
    reusedFrom?: string
    articles: number
    captionItems: number
    photos: number
    orgSeconds: number
    bulkSeconds: number
    articlesPerSecond: number
    rssMB: number
    dbMB: number
    bodyChars: Spread & { p10: number; p90: number }
    target: { articleSlug: string; articleId: string; sectionSlug: string; sectionId: string }
  }
  reads?: {
    series: ReadSeries[]
    checks: { target: string; status: number; bytes: number; docs?: number }[]
    connections: number
    threads: number
    durationSeconds: number
  }
  writes?: {
    workflowServer?: WriteSeries
    workflowHost?: WriteSeries
    stockHost?: WriteSeries
    cycles: number
    warmup: number
  }
  imports?: { series: ImportSeries[]; stories: number; notMeasured?: string; memory?: MemoryRun[] }
  startup?: StartupSeries
  cluster?: ClusterResults
  adminBrowser?: AdminBrowserSeries
  search?: SearchResult
  profiles: ProfiledLoad[]
  /** RSS of the production server process used for P1 and P2 */
  serverMemory: { when: string; rssMB: number; fds: number }[]
  /** the A/B variant of P1, if any */
  variant: { dir: string | null; sql: string | null; snapshot: string } | null
  failures: string[]
  notes: string[]
}

const ms = (value: number): string => `${fmt(value)} ms`

const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

const loadText = (load: [number, number, number]): string => `${load[0]} / ${load[1]} / ${load[2]}`

const readRatios = (series: ReadSeries[], group: 'article' | 'list') => {
  const of = (kind: string) =>
    series.find((entry) => entry.target.group === group && entry.target.kind === kind && !entry.target.variant)
  const delivery = of('delivery')
  const stock = of('stock')
  const stat = of('static')
  const proxied = of('proxied')
  const perRep = (one?: ReadSeries, other?: ReadSeries) =>
    one && other ? spread(one.runs.map((run, i) => ratio(run.rps, other.runs[i]?.rps ?? NaN))) : spread([])
  return {
    delivery,
    stock,
    stat,
    proxied,
    vsStatic: perRep(delivery, stat),
    vsStock: perRep(delivery, stock),
    proxiedVsStatic: perRep(proxied, stat),
  }
}

const profileSection = (profile: ProfiledLoad): string => {
  const s: ProfileSummary = profile.summary
  const list = (costs: { name: string; ms: number; share: number }[]) =>
    table(
      ['', 'CPU ms', 'share of busy CPU'],
      costs.map((cost) => [
        `\`${cost.name.replace(/\|/g, '\\|')}\``,
        fmt(cost.ms),
        `${(cost.share * 100).toFixed(1)} %`,
      ]),
    )
  return [
    `### ${profile.name}`,
    '',
    `Load: ${profile.load}. Sampled ${fmt(s.sampledMs)} ms, busy (not idle) ${fmt(s.busyMs)} ms${s.windowed ? ', samples during the load only' : ', whole process lifetime (boot included)'}. Profile: \`${profile.file}\` (kept only with --keep).`,
    '',
    'Self time by package:',
    '',
    list(s.byPackage),
    '',
    'Self time by function:',
    '',
    list(s.selfByFunction),
    '',
    'Inclusive time by function (each function once per stack):',
    '',
    list(s.inclusiveByFunction),
    '',
  ].join('\n')
}

export const renderReport = (r: BenchResults): string => {
  const out: string[] = []
  const contaminated = r.loads.some((entry) => entry.load[0] >= 1.5)
  out.push(
    `# Benchmark ${r.startedAt.slice(0, 10)} — ${r.revision.shortSha}${r.revision.dirty.length ? ' + uncommitted changes' : ''}`,
    '',
  )
  if (contaminated) {
    out.push(
      `> **Contaminated:** the machine was busy with other work during this run (1-minute load average ≥ 1.5 at ${r.loads
        .filter((entry) => entry.load[0] >= 1.5)
        .map((entry) => `${entry.phase} (${entry.load[0]})`)
        .join(
          ', ',
        )}; 2 cores). Absolute figures are low and noisy; ratios measured in the same repetition are more trustworthy.`,
      '',
    )
  }
  out.push('## Run', '')
  out.push(`- Command: \`${r.command}\``)
  out.push(`- Started ${r.startedAt}, finished ${r.finishedAt}`)
  out.push(
    `- Code: ${r.revision.sha}${r.revision.dirty.length ? ` with ${r.revision.dirty.length} uncommitted/untracked path(s) outside bench/ (the snapshot includes them): ${r.revision.dirty.slice(0, 12).join(', ')}${r.revision.dirty.length > 12 ? ', …' : ''}` : ' (clean)'}`,
  )
  out.push(
    `- Snapshot: \`${r.snapshot.dir}\` (tree hash ${r.snapshot.hash}); production build ${r.snapshot.buildSeconds === null ? 'reused from an earlier run of the same tree' : `\`npm run build\` took ${fmt(r.snapshot.buildSeconds)} s`}`,
  )
  out.push(
    `- Machine: ${r.machine.cores} cores (${r.machine.cpuModel}), ${r.machine.memoryGB} GB, Node ${r.machine.node}, ${r.machine.os}; ${r.machine.wrk}; ${r.machine.nginx}`,
  )
  out.push(
    `- Load average (1/5/15 min): ${r.loads.map((entry) => `${entry.phase} ${loadText(entry.load)}`).join(' · ')}`,
  )
  out.push(`- Waiting for a quiet machine: ${r.quietWait}`)
  out.push(
    `- Settings: ${Object.entries(r.settings)
      .map(([key, value]) => `${key}=${value}`)
      .join(', ')}`,
  )
  out.push('')

  if (r.failures.length) {
    out.push('## Failures', '', ...r.failures.map((failure) => `- ${failure}`), '')
  }

  if (r.fixture) {
    const f = r.fixture
    out.push('## Fixture', '')
    const built = f.reusedFrom
      ? `Copied from the kept run folder ${f.reusedFrom} (--fixture-from), so its build figures are not this run's. `
      : `Organisation (users, brands, sections, photos) through the Local API in ${fmt(f.orgSeconds)} s; the bulk through \`payload.db.create\` + \`createVersion\` (adapter level, no hooks; live row + latest version, as a workflow-published story) at ${fmt(f.articlesPerSecond)} articles/s (${fmt(f.bulkSeconds)} s, builder RSS ${f.rssMB} MB). `
    out.push(
      `${fmt(f.articles)} published articles${f.reusedFrom ? '' : ` and ${fmt(f.captionItems)} published photo-caption items`} recombined from the fixture story's paragraphs, intertitles and captions (bench/fixture/stories.ts), ` +
        `${f.photos} photos, 2 brands, 12 sections; each article in 1–2 sections and 1–2 brands. Body size (characters): p10 ${fmt(f.bodyChars.p10)}, median ${fmt(f.bodyChars.median)}, p90 ${fmt(f.bodyChars.p90)}, max ${fmt(f.bodyChars.max)}. ` +
        `${built}Database ${fmt(f.dbMB)} MB. ` +
        `Read targets: article \`${f.target.articleSlug}\`, section \`${f.target.sectionSlug}\` (a leaf, so both APIs ask for the same rows).`,
      '',
    )
  }

  if (r.reads) {
    const { series } = r.reads
    out.push('## P1 — reads', '')
    out.push(
      `wrk, ${r.reads.connections} connections, ${r.reads.threads} threads, ${r.reads.durationSeconds} s per run, ${series[0]?.runs.length ?? 0} repetitions (targets interleaved per repetition). Production server (\`npm start\`), delivery cache warm. Figures: median (min–max) over repetitions.`,
      '',
    )
    out.push(
      table(
        ['target', 'req/s', 'server CPU per request', 'p50 latency', 'p99 latency', 'bytes/response', 'errors'],
        series.map((entry) => [
          `${entry.target.variant ? '**variant** ' : ''}${entry.target.group} · ${entry.target.kind}: \`${entry.target.label}\``,
          fmtSpread(entry.rps),
          fmtSpread(entry.cpuUs, ' µs'),
          fmtSpread(entry.p50, ' ms'),
          fmtSpread(entry.p99, ' ms'),
          fmt(median(entry.runs.map((run) => run.bytesPerResponse))),
          entry.errors
            ? `**${entry.errors}** (${entry.runs
                .map((run) => run.errorDetail)
                .filter(Boolean)
                .join('; ')})`
            : '0',
        ]),
      ),
      '',
    )
    const ratioRows = (['article', 'list'] as const).map((group) => {
      const x = readRatios(series, group)
      return [
        group,
        x.vsStatic.n ? `${fmtSpread(x.vsStatic)}` : '–',
        x.vsStock.n ? `${fmtSpread(x.vsStock)}` : '–',
        x.proxiedVsStatic.n ? `${fmtSpread(x.proxiedVsStatic)}` : '–',
      ]
    })
    out.push(
      'Ratios of req/s (per repetition, median (min–max)); "behind nginx" is /content/v1 through deploy/nginx.conf, as deployed:',
      '',
      table(['read', 'delivery / static', 'delivery / stock', 'delivery behind nginx / static'], ratioRows),
      '',
    )
    if (r.variant) {
      const rows = series
        .filter((entry) => entry.target.variant)
        .map((variant) => {
          const base = series.find(
            (entry) =>
              !entry.target.variant &&
              entry.target.group === variant.target.group &&
              entry.target.kind === variant.target.kind,
          ) as ReadSeries
          const perRep = spread(variant.runs.map((run, i) => ratio(run.rps, base.runs[i]?.rps ?? NaN)))
          return [
            `${variant.target.group} · ${variant.target.kind}`,
            fmtSpread(base.rps),
            fmtSpread(variant.rps),
            fmtSpread(perRep),
            `${fmtSpread(base.cpuUs, ' µs')} → ${fmtSpread(variant.cpuUs, ' µs')} (${fmt(ratio(variant.cpuUs.median, base.cpuUs.median))}×)`,
            `${fmtSpread(base.p50, ' ms')} → ${fmtSpread(variant.p50, ' ms')}`,
          ]
        })
      out.push(
        `A/B variant: ${r.variant.dir ? `code from \`${r.variant.dir}\`` : 'the base code'}${r.variant.sql ? `, with this SQL run on its copy of the database first:\n\n\`\`\`sql\n${r.variant.sql}\n\`\`\`\n` : ''} (its own server and database copy; each base run is followed by the same run on the variant).`,
        '',
        table(
          [
            'read',
            'base req/s',
            'variant req/s',
            'variant / base req/s (per repetition)',
            'server CPU per request, base → variant',
            'p50 base → variant',
          ],
          rows,
        ),
        '',
      )
    }
    out.push(
      `Checks before measuring: ${r.reads.checks.map((check) => `${check.target} ${check.status} ${fmt(check.bytes)} B${check.docs !== undefined ? ` ${check.docs} doc(s)` : ''}`).join('; ')}.`,
      '',
    )
  }

  if (r.writes) {
    const w = r.writes
    out.push('## P2 — writes', '')
    out.push(
      `One story at a time: create, save draft, submit, approve (初审, level 1 → 2 of 观海新闻), publish (终审 sign-off), ${w.cycles} stories per repetition after ${w.warmup} warm-up stories. ` +
        `"workflow · server" is the production server (express → Next → Payload REST → our workflow endpoints); "workflow · host" and "stock · host" are Payload's REST handlers on a bare node:http host (bench/hosts/restHost.ts) ` +
        `with the app's config and with bench/baseline/payload.config.ts (same collections and fields, no collection hooks, default access, no workflow endpoints: submit/approve/publish are plain PATCHes of the same fields), each on its own copy of the fixture database. ` +
        `Per step: p50 and p95 of each repetition, then median (min–max) over repetitions.`,
      '',
    )
    const cols = [
      ['workflow · server', w.workflowServer],
      ['workflow · host', w.workflowHost],
      ['stock · host', w.stockHost],
    ] as const
    const present = cols.filter(([, s]) => s)
    out.push(
      table(
        [
          'step',
          ...present.flatMap(([name]) => [`${name} p50`, `${name} p95`]),
          'ratio p50 (host: workflow / stock)',
          'ratio p95',
        ],
        writeSteps.map((step) => [
          step,
          ...present.flatMap(([, s]) => [
            fmtSpread((s as WriteSeries).p50[step], ' ms'),
            fmtSpread((s as WriteSeries).p95[step], ' ms'),
          ]),
          w.workflowHost && w.stockHost
            ? `${fmt(ratio(w.workflowHost.p50[step].median, w.stockHost.p50[step].median))}×`
            : '–',
          w.workflowHost && w.stockHost
            ? `${fmt(ratio(w.workflowHost.p95[step].median, w.stockHost.p95[step].median))}×`
            : '–',
        ]),
      ),
      '',
    )
    out.push(
      `Whole story (five requests), p50: ${present.map(([name, s]) => `${name} ${fmtSpread((s as WriteSeries).cycleP50, ' ms')}`).join(' · ')}` +
        (w.workflowHost && w.stockHost
          ? ` — workflow/stock ${fmt(ratio(w.workflowHost.cycleP50.median, w.stockHost.cycleP50.median))}×`
          : '') +
        (w.workflowServer && w.stockHost
          ? `; through the production server ${fmt(ratio(w.workflowServer.cycleP50.median, w.stockHost.cycleP50.median))}× stock.`
          : '.'),
      '',
    )
  }

  if (r.serverMemory.length) {
    out.push(
      `Production server RSS and open file descriptors (the base server serves P1 then P2; a variant server P1 only): ${r.serverMemory.map((entry) => `${entry.when} ${fmt(entry.rssMB)} MB / ${entry.fds} fds`).join(' → ')}.`,
      '',
    )
  }

  if (r.imports) {
    out.push('## P3 — import', '')
    if (r.imports.notMeasured) out.push(`**Not measured:** ${r.imports.notMeasured}`, '')
    if (r.imports.series.length) {
      out.push(
        `${r.imports.stories} new plain-text stories per repetition (rendered from bench/fixture/stories.ts with renderPlainText), imported into the fixture database. ` +
          '"importer" is `npm run import -- <dir> --user admin@bench.local --as … --section jingji --json` (NODE_ENV=production); its rate is its own summary (files / seconds of the story loop); ' +
          '"raw" is bench/import/rawCreate.ts: parse + `payload.create` per caption item and article in the final state (overrideAccess, workflow context `import`), timed around the same loop. Wall time includes booting Payload.',
        '',
      )
      out.push(
        table(
          ['tool', 'as', 'stories/s', 'wall s', 'failed'],
          r.imports.series.map((s) => [
            s.tool,
            s.as,
            fmtSpread(s.rate),
            fmtSpread(s.wallSeconds),
            String(s.runs.reduce((sum, run) => sum + run.failed, 0)),
          ]),
        ),
        '',
      )
      if (r.imports.series.some((s) => s.tool === 'variant'))
        out.push(
          `"variant" is the importer of \`${r.variant?.dir}\` (snapshot ${r.variant?.snapshot}), run right after the base importer in each repetition, on the same database.`,
          '',
        )
      out.push(...importRatioLines(r.imports.series))
      const notes = r.imports.series.flatMap((s) =>
        s.runs.flatMap((run) => (run.note ? [`${s.tool} ${s.as}: ${run.note}`] : [])),
      )
      if (notes.length) out.push('', ...notes.map((note) => `- ${note}`))
      out.push('')
    }
    if (r.imports.memory?.length) out.push('### P3 memory', '', ...memoryLines(r.imports.memory))
  }

  if (r.cluster) out.push('## P5 — two web instances', '', ...clusterLines(r.cluster))
  if (r.adminBrowser) out.push('## P6 — the admin in Chromium', '', ...adminBrowserLines(r.adminBrowser))

  if (r.startup) {
    const s = r.startup
    out.push('## P4 — cold start and the admin list', '')
    out.push(
      `${s.reps.length} cold starts of \`npm start\` (NODE_ENV=production, after \`npm run build\`) on the fixture database (migrations already applied). Admin list: \`GET /admin/collections/articles\` with the admin's \`payload-token\` cookie, 200 required; "first" is the first request after start, "warm" the median of later ones.`,
      '',
    )
    out.push(
      table(
        ['figure', 'median (min–max)'],
        [
          ['spawn → first /readyz 200', fmtSpread(s.readyMs, ' ms')],
          ['RSS of the server process when ready', fmtSpread(s.rssLargestMB, ' MB')],
          ['admin list, first request: first byte', fmtSpread(s.adminFirstByteMs, ' ms')],
          ['admin list, first request: complete', fmtSpread(s.adminFirstTotalMs, ' ms')],
          ['admin list, warm: first byte', fmtSpread(s.adminWarmFirstByteMs, ' ms')],
          ['admin list, warm: complete', fmtSpread(s.adminWarmTotalMs, ' ms')],
        ],
      ),
      '',
      `Admin list page size: ${fmt(s.adminBytes)} B.`,
      '',
    )
  }

  if (r.search) out.push(...searchLines(r.search))

  if (r.profiles.length) {
    out.push('## Profiles (where a figure is poor)', '')
    for (const profile of r.profiles) out.push(profileSection(profile))
  }

  if (r.notes.length) out.push('## Notes', '', ...r.notes.map((note) => `- ${note}`), '')
  return `${out.join('\n')}\n`
}

/** The one line printed at the end of a run. */
export const summaryLine = (r: BenchResults, file: string): string => {
  const parts: string[] = [`bench ${r.revision.shortSha} N=${r.settings.articles} load1=${r.loads[0]?.load[0]}`]
  if (r.reads) {
    for (const group of ['article', 'list'] as const) {
      const x = readRatios(r.reads.series, group)
      if (x.delivery) {
        const front = x.proxied ? `, behind nginx ${fmt(x.proxied.rps.median)}` : ''
        parts.push(
          `${group}: delivery ${fmt(x.delivery.rps.median)} req/s${front} (static ${fmt(x.stat?.rps.median ?? NaN)}, stock ${fmt(x.stock?.rps.median ?? NaN)})`,
        )
      }
    }
  }
  if (r.writes?.workflowHost && r.writes.stockHost) {
    parts.push(
      `story p50 workflow ${ms(r.writes.workflowHost.cycleP50.median)} vs stock ${ms(r.writes.stockHost.cycleP50.median)}`,
    )
  }
  if (r.imports?.series.length) {
    const importer = r.imports.series.find((s) => s.tool === 'importer' && s.as === 'published')
    const raw = r.imports.series.find((s) => s.tool === 'raw' && s.as === 'published')
    if (importer && raw) parts.push(`import ${fmt(importer.rate.median)} vs raw ${fmt(raw.rate.median)} stories/s`)
  } else if (r.imports?.notMeasured) parts.push('import not measured')
  if (r.startup)
    parts.push(`ready ${ms(r.startup.readyMs.median)}, admin list TTFB ${ms(r.startup.adminWarmFirstByteMs.median)}`)
  if (r.search)
    parts.push(
      `search p95 ${r.search.route.p95.toFixed(0)} ms (index ${r.search.index.p95.toFixed(0)} ms), top-10 overlap ${(r.search.agreement.meanTopOverlap * 100).toFixed(0)} %`,
    )
  if (r.failures.length) parts.push(`${r.failures.length} FAILURE(S)`)
  return `${parts.join(' · ')} → ${file}`
}
