import { describeFailure, type Failure } from './failure'
import { toDryRun } from './parser/dryRun'
import type { DryRunStory } from './parser/types'
import { readStory } from './readStory'
import type { StoryFileList } from './storyFiles'

export type DryRunLine = (DryRunStory & { images?: number }) | { file: string; error: Failure }

/** Parses one file exactly as the import would, without a database. */
export const dryRunFile = async (file: string): Promise<DryRunLine> => {
  try {
    const { story, images } = await readStory(file)
    return { ...toDryRun(file, story), ...(images.length > 0 ? { images: images.length } : {}) }
  } catch (error) {
    return { file, error: describeFailure(error) }
  }
}

const describe = (line: DryRunLine): string => {
  if ('error' in line)
    return `failed  ${line.file}${line.error.line ? `:${line.error.line}` : ''}  ${line.error.reason}`
  const counts = `${line.paragraphs.length} paragraphs, ${line.intertitles.length} intertitles, ${line.captions.length} photo captions`
  const warned = line.warnings.map((warning) => `\n        warning: ${warning}`).join('')
  return `ok      ${line.file}  ${line.headline} — ${counts}${warned}`
}

/**
 * `--dry-run`: one line per file on stdout (with --json, the DryRunStory or `{file, error}` as JSON), a count on
 * stderr. Returns the exit code: 1 when any file would fail.
 */
export const runDryRun = async (
  list: StoryFileList,
  json: boolean,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> => {
  let failed = 0
  const print = (line: DryRunLine): void => {
    if ('error' in line) failed++
    out(json ? JSON.stringify(line) : describe(line))
  }
  for (const { file, reason } of list.missing) print({ file, error: { line: null, reason } })
  for (const file of list.files) print(await dryRunFile(file))
  const total = list.files.length + list.missing.length
  process.stderr.write(
    `Dry run: ${total - failed} of ${total} file(s) parsed, ${failed} failed; nothing was written.\n`,
  )
  return failed > 0 ? 1 : 0
}
