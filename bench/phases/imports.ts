import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { renderPlainText } from '../../src/import/parser/plainText'
import { benchStory } from '../fixture/stories'
import type { MemorySample } from '../import/memory'
import { benchResult, runToEnd } from '../lib/proc'
import { spread, type Spread } from '../lib/stats'

/**
 * P3: stories per second of `npm run import` (the CLI, as an operator runs it) against bare Local API creates of the
 * same files (bench/import/rawCreate.ts). Each repetition imports new files (new paths, new headlines), so every
 * story is a first import. Rates use each tool's own clock around the story loop; wall time includes booting Payload.
 */

export type ImportAs = 'draft' | 'published'
/** variant: the importer of --variant's code, on the same database, right after the base's in each repetition */
export type ImportTool = 'importer' | 'variant' | 'raw'

export interface ImportRun {
  tool: ImportTool
  as: ImportAs
  stories: number
  seconds: number
  wallSeconds: number
  rate: number
  failed: number
  note?: string
}

export const writeStoryFiles = (dir: string, firstIndex: number, count: number): void => {
  mkdirSync(dir, { recursive: true })
  for (let index = firstIndex; index < firstIndex + count; index++) {
    writeFileSync(
      path.join(dir, `story-${String(index).padStart(7, '0')}.txt`),
      renderPlainText(benchStory(index).story),
    )
  }
}

interface ImporterSummary {
  files: number
  imported: number
  updated: number
  skipped: number
  failed: { file: string; reason: string }[]
  seconds: number
}

export const runImporter = async (options: {
  tool?: 'importer' | 'variant'
  app: string
  env: NodeJS.ProcessEnv
  dir: string
  as: ImportAs
  user: string
  section: string
  logFile: string
}): Promise<ImportRun> => {
  const result = await runToEnd(
    'npm',
    [
      'run',
      '--silent',
      'import',
      '--',
      options.dir,
      '--user',
      options.user,
      '--as',
      options.as,
      '--section',
      options.section,
      '--json',
    ],
    {
      cwd: options.app,
      env: options.env,
      logFile: options.logFile,
    },
  )
  const line = result.stdout
    .split('\n')
    .reverse()
    .find((entry) => entry.startsWith('{"summary"'))
  if (!line) throw new Error(`the importer printed no summary (exit ${result.code}); see ${options.logFile}`)
  const summary = (JSON.parse(line) as { summary: ImporterSummary }).summary
  const done = summary.imported + summary.updated
  return {
    tool: options.tool ?? 'importer',
    as: options.as,
    stories: done,
    seconds: summary.seconds,
    wallSeconds: result.seconds,
    rate: done / summary.seconds,
    failed: summary.failed.length,
    note: summary.failed[0] ? `first failure: ${summary.failed[0].reason}` : undefined,
  }
}

export const runRawCreate = async (options: {
  app: string
  env: NodeJS.ProcessEnv
  dir: string
  as: ImportAs
  section: string
  logFile: string
}): Promise<ImportRun> => {
  const result = await runToEnd(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'bench/import/rawCreate.ts'],
    {
      cwd: options.app,
      env: {
        ...options.env,
        BENCH_IMPORT_DIR: options.dir,
        BENCH_IMPORT_AS: options.as,
        BENCH_SECTION: options.section,
      },
      logFile: options.logFile,
    },
  )
  const json = benchResult<{ stories: number; seconds: number }>(result.stdout)
  if (!json) throw new Error(`rawCreate failed (exit ${result.code}); see ${options.logFile}`)
  return {
    tool: 'raw',
    as: options.as,
    stories: json.stories,
    seconds: json.seconds,
    wallSeconds: result.seconds,
    rate: json.stories / json.seconds,
    failed: 0,
  }
}

export interface MemoryRun {
  tool: 'importer' | 'raw'
  as: ImportAs
  stories: number
  seconds: number
  failed: number
  samples: MemorySample[]
}

/**
 * The memory run: `tool` imports every file in `dir` and samples heap and RSS after a full GC every `every` stories
 * (bench/import/memoryImport.ts for the importer, rawCreate.ts for the baseline).
 */
export const runMemory = async (options: {
  tool: 'importer' | 'raw'
  app: string
  env: NodeJS.ProcessEnv
  dir: string
  as: ImportAs
  user: string
  section: string
  every: number
  logFile: string
}): Promise<MemoryRun> => {
  const script = options.tool === 'importer' ? 'bench/import/memoryImport.ts' : 'bench/import/rawCreate.ts'
  const result = await runToEnd(process.execPath, ['--conditions=development', '--import', 'tsx', script], {
    cwd: options.app,
    env: {
      ...options.env,
      BENCH_IMPORT_DIR: options.dir,
      BENCH_IMPORT_AS: options.as,
      BENCH_SECTION: options.section,
      BENCH_USER: options.user,
      BENCH_MEMORY_EVERY: String(options.every),
    },
    logFile: options.logFile,
  })
  const json = benchResult<Omit<MemoryRun, 'tool' | 'as'>>(result.stdout)
  if (!json) throw new Error(`the ${options.tool} memory run failed (exit ${result.code}); see ${options.logFile}`)
  return { tool: options.tool, as: options.as, ...json, failed: json.failed ?? 0 }
}

export interface ImportSeries {
  tool: ImportTool
  as: ImportAs
  runs: ImportRun[]
  rate: Spread
  wallSeconds: Spread
}

export const summariseImports = (runs: ImportRun[]): ImportSeries[] => {
  const keys = [...new Set(runs.map((run) => `${run.tool}:${run.as}`))]
  return keys.map((key) => {
    const [tool, as] = key.split(':') as [ImportTool, ImportAs]
    const matching = runs.filter((run) => run.tool === tool && run.as === as)
    return {
      tool,
      as,
      runs: matching,
      rate: spread(matching.map((run) => run.rate)),
      wallSeconds: spread(matching.map((run) => run.wallSeconds)),
    }
  })
}
