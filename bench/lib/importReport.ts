import type { ImportAs, ImportSeries, ImportTool, MemoryRun } from '../phases/imports'
import { fmt, fmtSpread, ratio, spread } from './stats'

const find = (series: ImportSeries[], tool: ImportTool, as: ImportAs) =>
  series.find((entry) => entry.tool === tool && entry.as === as)

/**
 * importer / raw (and variant / raw) per repetition: the two ran minutes apart at most, so their ratio drifts less
 * than either rate on a shared machine; the ratio of the medians is given too, as before.
 */
export const importRatioLines = (series: ImportSeries[]): string[] =>
  (['draft', 'published'] as const).flatMap((as) => {
    const raw = find(series, 'raw', as)
    if (!raw) return []
    return (['importer', 'variant'] as const).flatMap((tool) => {
      const runs = find(series, tool, as)
      if (!runs) return []
      const perRep = spread(runs.runs.map((run, i) => ratio(run.rate, raw.runs[i]?.rate ?? NaN)))
      return [
        `- ${as}: ${tool} / raw = ${fmt(ratio(runs.rate.median, raw.rate.median))} (ratio of medians); per repetition ${fmtSpread(perRep)}`,
      ]
    })
  })

const growth = (run: MemoryRun, key: 'heapUsedMB' | 'rssMB' | 'rssAnonMB'): string => {
  const [first, second, last] = [run.samples[0], run.samples[1], run.samples.at(-1)]
  if (!first || !second || !last || last.stories === second.stories) return '–'
  const [from, to] = [second[key], last[key]]
  if (from === undefined || to === undefined) return '–'
  // From the first sample after some stories (caches and compiled code warm) to the last.
  const perThousand = ((to - from) / (last.stories - second.stories)) * 1000
  return `${fmt(perThousand)} MB`
}

/** The memory run: heap and RSS after a full GC, at every sample, for the importer and the raw baseline. */
export const memoryLines = (memory: MemoryRun[]): string[] => {
  const importer = memory.find((run) => run.tool === 'importer')
  const raw = memory.find((run) => run.tool === 'raw')
  const points = (importer ?? raw)?.samples.map((sample) => sample.stories) ?? []
  const cell = (run: MemoryRun | undefined, stories: number) => {
    const sample = run?.samples.find((entry) => entry.stories === stories)
    if (!sample) return '–'
    const parts =
      sample.rssAnonMB === undefined ? '' : ` (${fmt(sample.rssAnonMB)} anon + ${fmt(sample.rssFileMB ?? NaN)} file)`
    return `${fmt(sample.heapUsedMB)} / ${fmt(sample.rssMB)}${parts}`
  }
  return [
    `${importer?.stories ?? raw?.stories} new plain-text stories, \`--as ${memory[0]?.as}\`, imported by ${[
      importer &&
        "the importer (bench/import/memoryImport.ts: src/import/importCommand.ts's steps with a progress reporter that samples)",
      raw && 'the raw baseline (rawCreate.ts)',
    ]
      .filter(Boolean)
      .join(
        ' and by ',
      )}${importer && raw ? ' at the same time, each on its own copy of the fixture database — so their rates are not comparable here, only their memory' : ', on its own copy of the fixture database'}. Each sample is taken after a full garbage collection: heap used / RSS, MB; on Linux RSS is split into anonymous memory (heap, malloc) and mapped files (SQLite's pages of the database file).`,
    '',
    '| stories | importer heap / RSS | raw heap / RSS |',
    '| ---: | ---: | ---: |',
    ...points.map((stories) => `| ${stories} | ${cell(importer, stories)} | ${cell(raw, stories)} |`),
    '',
    ...memory.map(
      (run) =>
        `- ${run.tool}: ${run.stories} stories in ${fmt(run.seconds)} s, ${run.failed} failed; growth per 1,000 stories from the second sample to the last: heap ${growth(run, 'heapUsedMB')}, RSS ${growth(run, 'rssMB')}, anonymous RSS ${growth(run, 'rssAnonMB')}`,
    ),
    '',
  ]
}
