import type { StoryOutcome } from './importStory'

export type FileResult =
  | ({ file: string; notes: string[] } & StoryOutcome)
  | { file: string; status: 'failed'; line: number | null; reason: string }

export interface ImportSummary {
  files: number
  imported: number
  updated: number
  skipped: number
  failed: Extract<FileResult, { status: 'failed' }>[]
  seconds: number
}

export const emptySummary = (): ImportSummary => ({
  files: 0,
  imported: 0,
  updated: 0,
  skipped: 0,
  failed: [],
  seconds: 0,
})

export const recordResult = (summary: ImportSummary, result: FileResult): void => {
  summary.files++
  if (result.status === 'failed') summary.failed.push(result)
  else summary[result.status]++
}

export const storiesPerSecond = (done: number, seconds: number): number => (seconds > 0 ? done / seconds : 0)

export const where = (result: { file: string; line: number | null }): string =>
  result.line ? `${result.file}:${result.line}` : result.file

/** The closing report: counts, rate, and every failure with file, line and reason. */
export const formatSummary = (summary: ImportSummary): string => {
  const rate = storiesPerSecond(summary.files, summary.seconds).toFixed(1)
  const lines = [
    `Import finished: ${summary.files} file(s) in ${summary.seconds.toFixed(1)} s (${rate} stories/s) — ` +
      `${summary.imported} imported, ${summary.updated} updated, ${summary.skipped} skipped, ${summary.failed.length} failed`,
  ]
  if (summary.failed.length > 0) {
    lines.push('Failed (nothing was written for these files):')
    for (const failure of summary.failed) lines.push(`  ${where(failure)}  ${failure.reason}`)
  }
  return lines.join('\n')
}
