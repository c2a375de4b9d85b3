import { isBylineContinuation, looksLikeByline } from './byline'
import { isMarked } from './captions'
import { extractDateline } from './dateline'
import { StoryParseError } from './errors'
import { charLength, stripLeadingDash } from './normalise'
import type { SourceLine } from './types'

export const MAX_HEADLINE = 100
const BYLINE_SEARCH = 5

export interface Head {
  kicker: string | null
  headline: string
  subheadline: string | null
  /** the byline line(s) as printed, joined by a space */
  bylineText: string | null
  /** index in the lines where the body starts */
  bodyStart: number
}

/** Splits kicker / headline / subheadline / byline off the top of the story. `lines` is non-empty. */
export function parseHead(lines: SourceLine[]): Head {
  const first = lines[0] as SourceLine
  assertHeadline(first)
  const b = findByline(lines)
  if (b < 0) return headWithoutByline(lines)
  const next = lines[b + 1]
  const continued = next !== undefined && !isMarked(next.text) && isBylineContinuation(next.text)
  const bylineText = continued ? `${lines[b]?.text} ${next.text}` : (lines[b]?.text ?? null)
  return { ...classify(lines.slice(0, b)), bylineText, bodyStart: continued ? b + 2 : b + 1 }
}

function assertHeadline(first: SourceLine): void {
  const what = notAHeadline(first.text)
  if (what) throw new StoryParseError(`no headline: the first line is ${what} (缺少标题)`, first.line)
}

function notAHeadline(text: string): string | null {
  if (isMarked(text)) return 'a photo caption'
  if (text.startsWith('□') || looksLikeByline(text)) return 'a byline'
  if (stripLeadingDash(text) !== null) return 'a subheadline'
  if (extractDateline(text)) return 'a dateline paragraph'
  if (charLength(text) > MAX_HEADLINE) return `longer than ${MAX_HEADLINE} characters`
  return null
}

function findByline(lines: SourceLine[]): number {
  for (let i = 1; i < Math.min(BYLINE_SEARCH, lines.length); i++) {
    const t = lines[i]?.text ?? ''
    if (t.startsWith('□') || looksLikeByline(t)) return i
    if (isMarked(t) || charLength(t) > MAX_HEADLINE || t.includes('。')) return -1
  }
  return -1
}

function headWithoutByline(lines: SourceLine[]): Head {
  const [l0, l1, l2] = lines.map((l) => l.text)
  const sub1 = l1 === undefined ? null : stripLeadingDash(l1)
  if (sub1 !== null) return { kicker: null, headline: l0 ?? '', subheadline: sub1, bylineText: null, bodyStart: 2 }
  const sub2 = l2 === undefined ? null : stripLeadingDash(l2)
  if (sub2 !== null && l1 !== undefined && charLength(l1) <= MAX_HEADLINE && !l1.includes('。')) {
    return { kicker: l0 ?? null, headline: l1, subheadline: sub2, bylineText: null, bodyStart: 3 }
  }
  return { kicker: null, headline: l0 ?? '', subheadline: null, bylineText: null, bodyStart: 1 }
}

type Titles = Pick<Head, 'kicker' | 'headline' | 'subheadline'>

function classify(head: SourceLine[]): Titles {
  const dash = head.findIndex((l) => stripLeadingDash(l.text) !== null)
  const sub = dash < 0 ? null : stripLeadingDash(head[dash]?.text ?? '')
  if (dash >= 0 && dash < head.length - 1) {
    throw new StoryParseError('unexpected line between the subheadline and the byline (副题与署名之间有多余的行)', head[dash + 1]?.line ?? null)
  }
  const titles = (dash < 0 ? head : head.slice(0, -1)).map((l) => l.text)
  const [a = '', b, c] = titles
  if (titles.length > 3 || (titles.length === 3 && sub !== null)) {
    throw new StoryParseError(`too many lines above the byline: ${head.length} (标题区行数过多)`, head[0]?.line ?? null)
  }
  if (titles.length === 3) return { kicker: a, headline: b ?? '', subheadline: c ?? null }
  if (b === undefined) return { kicker: null, headline: a, subheadline: sub }
  if (sub !== null || charLength(b) >= charLength(a)) return { kicker: a, headline: b, subheadline: sub }
  return { kicker: null, headline: a, subheadline: b }
}
