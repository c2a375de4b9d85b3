import type { Payload } from 'payload'

import { bilingual, inBothLanguages, type Label } from '../i18n'
import type { Brand, Section, User } from '../payload-types'
import type { ImportAs } from './args'
import { collectGarbage } from './collectGarbage'
import { describeFailure } from './failure'
import { importStory } from './importStory'
import type { ParsedStory } from './parser/types'
import type { ImportProgress } from './progress'
import { brandsFromByline } from './resolveTargets'
import { storySource } from './source'
import { readStory } from './readStory'
import type { StoryFileList } from './storyFiles'
import type { StoryRefs } from './storyData'
import { emptySummary, recordResult, type FileResult, type ImportSummary } from './summary'

export interface RunImportOptions {
  user: User
  as: ImportAs
  /** from --brand; null: take the brands named in each byline */
  brands: Brand[] | null
  sections: Section[]
  /** every brand, to match byline names against */
  allBrands: Brand[]
  progress: ImportProgress
}

/** Where a story goes: the given brands, or else those its byline names; unmatched byline names become notes. */
export const refsFor = (
  story: ParsedStory,
  options: Pick<RunImportOptions, 'brands' | 'sections' | 'allBrands'>,
): { refs: StoryRefs; notes: Label[] } => {
  const sectionIds = options.sections.map((section) => section.id)
  if (options.brands) return { refs: { brandIds: options.brands.map((brand) => brand.id), sectionIds }, notes: [] }
  const { brands, unmatched } = brandsFromByline(story.brands, options.allBrands)
  const notes = unmatched.map((name) => bilingual('messages:import:files:unknownBylineBrand', { name }))
  return { refs: { brandIds: brands.map((brand) => brand.id), sectionIds }, notes }
}

/** Stories between two garbage collections (see collectGarbage). */
const COLLECT_EVERY = 25

const importFile = async (payload: Payload, file: string, options: RunImportOptions): Promise<FileResult> => {
  try {
    const { story, text, images } = await readStory(file)
    const { refs, notes } = refsFor(story, options)
    const source = storySource(
      file,
      text,
      images.map((image) => image.data),
    )
    const outcome = await importStory(payload, { story, source, refs, user: options.user, as: options.as, images })
    return { file, notes: [...story.warnings, ...notes].map(inBothLanguages), ...outcome }
  } catch (error) {
    return { file, status: 'failed', ...describeFailure(error) }
  }
}

/** Imports the files one story at a time; a file that fails is reported and the rest go on. */
export const runImport = async (
  payload: Payload,
  list: StoryFileList,
  options: RunImportOptions,
): Promise<ImportSummary> => {
  const summary = emptySummary()
  const started = performance.now()
  const elapsed = (): number => (performance.now() - started) / 1000
  const report = (result: FileResult): void => {
    recordResult(summary, result)
    options.progress.fileDone(result, summary, elapsed())
  }
  options.progress.start(list.files.length + list.missing.length)
  try {
    for (const { file, reason } of list.missing) report({ file, status: 'failed', line: null, reason })
    for (const [index, file] of list.files.entries()) {
      report(await importFile(payload, file, options))
      if ((index + 1) % COLLECT_EVERY === 0) collectGarbage()
    }
  } finally {
    options.progress.stop()
  }
  summary.seconds = elapsed()
  return summary
}
