import cliProgress from 'cli-progress'

import { storiesPerSecond, where, type FileResult, type ImportSummary } from './summary'

/** How the import reports each file as it goes. */
export interface ImportProgress {
  start: (total: number) => void
  fileDone: (result: FileResult, summary: ImportSummary, seconds: number) => void
  stop: () => void
}

const out = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

const describe = (result: FileResult): string => {
  if (result.status === 'failed') return `failed    ${where(result)}  ${result.reason}`
  const notes = result.notes.length > 0 ? `; ${result.notes.join('; ')}` : ''
  return `${result.status.padEnd(9)} ${result.file} → article ${result.articleId} (${result.captions} photo captions${notes})`
}

/** One plain line per file: logs, CI and pipes. */
const lineProgress = (): ImportProgress => {
  let total = 0
  let done = 0
  return {
    start: (count) => {
      total = count
    },
    fileDone: (result) => out(`[${++done}/${total}] ${describe(result)}`),
    stop: () => undefined,
  }
}

/** `--json`: one JSON object per file. */
const jsonProgress = (): ImportProgress => ({
  start: () => undefined,
  fileDone: (result) => out(JSON.stringify(result)),
  stop: () => undefined,
})

/** A terminal: a bar with counts and rate; failures are printed above it as they happen. */
const barProgress = (): ImportProgress => {
  // A MultiBar with one bar, because only it can print lines above the bar.
  const bars = new cliProgress.MultiBar(
    {
      // Fits an 80-column terminal; cli-progress cuts longer lines.
      format:
        '{bar} {value}/{total} {rate}/s | imported {imported} updated {updated} skipped {skipped} failed {failed}',
      barsize: 16,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  )
  const counts = { rate: '0.0', imported: 0, updated: 0, skipped: 0, failed: 0 }
  let bar: cliProgress.SingleBar | null = null
  return {
    start: (total) => {
      bar = bars.create(total, 0, counts)
    },
    fileDone: (result, summary, seconds) => {
      if (result.status === 'failed') bars.log(`${describe(result)}\n`)
      bar?.increment(1, {
        rate: storiesPerSecond(summary.files, seconds).toFixed(1),
        imported: summary.imported,
        updated: summary.updated,
        skipped: summary.skipped,
        failed: summary.failed.length,
      })
    },
    stop: () => bars.stop(),
  }
}

export const createProgress = ({ json, tty }: { json: boolean; tty: boolean }): ImportProgress =>
  json ? jsonProgress() : tty ? barProgress() : lineProgress()
