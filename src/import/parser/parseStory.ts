import { bilingual, type Label } from '../../i18n'

import { parseBody } from './body'
import { parseByline } from './byline'
import { uniqueContributors } from './contributors'
import { StoryParseError } from './errors'
import { MAX_HEADLINE, parseHead } from './head'
import { splitFirstLine, toSourceLines } from './normalise'
import type { ParseResult } from './types'
import { warnings } from './warnings'

export { StoryParseError } from './errors'
export { decodeStoryBytes } from './decode'

/**
 * Parses a newspaper story exported as plain text from a layout system or copied from an e-paper page.
 * Throws StoryParseError; what it had to guess is in `warnings`, and a line it cannot place stays in the body.
 */
export function parseStory(text: string): ParseResult {
  if (typeof text !== 'string') throw new StoryParseError(bilingual('messages:import:parser:notText'), null)
  const found: Label[] = []
  const warn = (message: Label): void => {
    if (!found.some((known) => known.en === message.en)) found.push(message)
  }
  let lines = toSourceLines(text)
  if (lines.length === 0) throw new StoryParseError(bilingual('messages:import:parser:empty'), null)
  const split = splitFirstLine(lines, text, MAX_HEADLINE)
  if (split) {
    warn(warnings.firstLineSplit())
    lines = split
  }
  const head = parseHead(lines, warn)
  const byline = head.bylineText === null ? null : parseByline(head.bylineText)
  const body = parseBody(lines.slice(head.bodyStart), warn, byline !== null)
  const writers = byline?.contributors.length ? byline.contributors : body.datelineContributors
  const brands = byline?.brands.length ? byline.brands : [...body.datelineBrands, ...body.writerBrands]
  return {
    kicker: head.kicker,
    headline: head.headline,
    subheadline: head.subheadline,
    byline: byline?.byline || body.bylineText || null,
    brands: [...new Set(brands)],
    contributors: uniqueContributors([...writers, ...body.writers, ...body.photographers]),
    dateline: body.dateline,
    body: body.blocks,
    warnings: found,
  }
}
