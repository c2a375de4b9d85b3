import { parseBody } from './body'
import { parseByline } from './byline'
import { uniqueContributors } from './contributors'
import { StoryParseError } from './errors'
import { parseHead } from './head'
import { toSourceLines } from './normalise'
import type { ParsedStory } from './types'

export { StoryParseError } from './errors'
export { decodeStoryBytes } from './decode'

/** Parses a newspaper story exported as plain text from a layout system. Throws StoryParseError. */
export function parseStory(text: string): ParsedStory {
  if (typeof text !== 'string') throw new StoryParseError('expected the story as a string (需要文本)', null)
  const lines = toSourceLines(text)
  if (lines.length === 0) throw new StoryParseError('empty story', null)
  const head = parseHead(lines)
  const byline = head.bylineText === null ? null : parseByline(head.bylineText)
  const body = parseBody(lines.slice(head.bodyStart))
  const writers = byline?.contributors.length ? byline.contributors : body.datelineContributors
  return {
    kicker: head.kicker,
    headline: head.headline,
    subheadline: head.subheadline,
    byline: byline?.byline || null,
    brands: byline?.brands ?? [],
    contributors: uniqueContributors([...writers, ...body.photographers]),
    dateline: body.dateline,
    body: body.blocks,
  }
}
