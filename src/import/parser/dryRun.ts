import { inBothLanguages, type Label } from '../../i18n'
import type { DryRunStory, ParsedStory } from './types'

/** The summary an import dry run prints per file; caption dates as ISO dates or ISO intervals. */
export function toDryRun(file: string, story: ParsedStory & { warnings?: Label[] }): DryRunStory {
  const dry: DryRunStory = {
    file,
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    byline: story.byline,
    brands: [...story.brands],
    contributors: story.contributors.map(({ role, name }) => ({ role, name })),
    dateline: story.dateline,
    intertitles: [],
    captions: [],
    paragraphs: [],
    warnings: (story.warnings ?? []).map(inBothLanguages),
  }
  for (const block of story.body) {
    if (block.type === 'intertitle') dry.intertitles.push(block.text)
    if (block.type === 'paragraph') dry.paragraphs.push(block.text)
    if (block.type === 'caption') {
      const date = block.date && block.dateEnd ? `${block.date}/${block.dateEnd}` : block.date
      dry.captions.push({ text: block.text, date, credit: block.credit })
    }
  }
  return dry
}
