import type { ContributorRole, ParsedStory } from '../parser/types'
import { STRUCTURE_FIELDS, type ExpectedStructure, type StructureField } from './corpus'

export type FieldResults = Record<StructureField, boolean>

/** Which fields of a parsed story match the hand-written structure; a story that failed to parse matches none. */
export function compareStructure(story: ParsedStory | null, expected: ExpectedStructure): FieldResults {
  const results = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, false])) as FieldResults
  if (!story) return results
  const names = (role: ContributorRole): string[] =>
    story.contributors.filter((c) => c.role === role).map((c) => c.name)
  const captions = story.body.flatMap((b) => (b.type === 'caption' ? [b] : []))
  const intertitles = story.body.flatMap((b) => (b.type === 'intertitle' ? [b.text] : []))
  results.kicker = story.kicker === expected.kicker
  results.headline = story.headline === expected.headline
  results.subheadline = story.subheadline === expected.subheadline
  results.dateline = story.dateline === expected.dateline
  results.reporters = sameSet(names('reporter'), expected.reporters)
  results.correspondents = sameSet(names('correspondent'), expected.correspondents)
  results.photographers = sameSet(names('photographer'), expected.photographers)
  results.brands = sameSet(story.brands, expected.brands)
  results.captions =
    captions.length === expected.captions.length &&
    captions.every(
      (c, i) => c.text.startsWith(expected.captions[i]?.text ?? '\u0000') && c.credit === expected.captions[i]?.credit,
    )
  results.intertitles =
    intertitles.length === expected.intertitles.length && intertitles.every((t, i) => t === expected.intertitles[i])
  results.paragraphs = story.body.filter((b) => b.type === 'paragraph').length === expected.paragraphs
  return results
}

function sameSet(actual: string[], expected: string[]): boolean {
  const a = [...new Set(actual)].sort()
  const e = [...new Set(expected)].sort()
  return a.length === e.length && a.every((x, i) => x === e[i])
}
