import { bilingual } from '../../i18n'

import { isBylineContinuation, looksLikeByline } from './byline'
import { isMarked, isPageJump, parseMarkedLine } from './captions'
import { parseCredit } from './credits'
import { extractDateline } from './dateline'
import { StoryParseError } from './errors'
import { charLength, endsWithSentencePunctuation, stripLeadingDash } from './normalise'
import { namesOnly, parseRoleToken } from './roles'
import { arrangeTitles, type Titles } from './titles'
import type { SourceLine } from './types'
import { warnings, type Warn } from './warnings'

export const MAX_HEADLINE = 100
const BYLINE_SEARCH = 5
const MAX_TITLE_LINE = 60
const MAX_TITLE_LINES = 3

export interface Head {
  kicker: string | null
  headline: string
  subheadline: string | null
  /** the byline line(s) as printed, joined by a space */
  bylineText: string | null
  /** index in the lines where the body starts */
  bodyStart: number
}

/** Splits place label / kicker / headline / subheadline / byline off the top of the story. `lines` is non-empty. */
export function parseHead(lines: SourceLine[], warn: Warn): Head {
  const label = lines.length > 1 ? placeLabel((lines[0] as SourceLine).text) : null
  const start = label === null ? 0 : 1
  const [first, ...others] = lines.slice(start) as [SourceLine, ...SourceLine[]]
  const top = [{ ...first, text: first.text.replace(BULLET, '') }, ...others]
  assertHeadline(top[0] as SourceLine)
  const head = headOf(top, warn)
  if (label !== null) {
    if (head.kicker !== null) warn(warnings.placeLabelWithKicker(label))
    head.kicker = head.kicker === null ? label : `${label} ${head.kicker}`
  }
  return { ...head, bodyStart: head.bodyStart + start }
}

// "• 寻幽古驿道": a page-layout list bullet, not part of the headline
const BULLET = /^[•●▪◆◇○·]\s*/u
const COLON_LABEL = /^([^\s，。；！？,;!?:：]{2,16})[:：]$/u

/** "■胶南街道" or "莱西市水集街道:" above the headline: where the story happened, printed as a kicker. */
function placeLabel(text: string): string | null {
  if (isMarked(text)) {
    const marked = parseMarkedLine(text, 0)
    return marked.kind === 'label' ? marked.text : null
  }
  return COLON_LABEL.exec(text)?.[1] ?? null
}

function headOf(lines: SourceLine[], warn: Warn): Head {
  const byline = findByline(lines, warn)
  if (!byline) return headWithoutByline(lines, warn)
  return { ...classify(lines.slice(0, byline.index), warn), bylineText: byline.text, bodyStart: byline.end }
}

function assertHeadline(first: SourceLine): void {
  const what = notAHeadline(first.text)
  if (what)
    throw new StoryParseError(bilingual(`messages:import:parser:noHeadline:${what}`, { max: MAX_HEADLINE }), first.line)
}

/** What the first line is instead of a headline, or null when it can be one. */
function notAHeadline(text: string): 'caption' | 'byline' | 'subheadline' | 'dateline' | 'tooLong' | null {
  if (isMarked(text)) return 'caption'
  if (text.startsWith('□') || looksLikeByline(text)) return 'byline'
  if (stripLeadingDash(text) !== null) return 'subheadline'
  if (extractDateline(text)) return 'dateline'
  if (charLength(text) > MAX_HEADLINE) return 'tooLong'
  return null
}

interface BylineSpan {
  index: number
  /** index after the byline's last line */
  end: number
  text: string
}

function findByline(lines: SourceLine[], warn: Warn): BylineSpan | null {
  return printedByline(lines) ?? bareNameByline(lines, warn)
}

function printedByline(lines: SourceLine[]): BylineSpan | null {
  for (let i = 1; i < Math.min(BYLINE_SEARCH, lines.length); i++) {
    const t = lines[i]?.text ?? ''
    const next = lines[i + 1]?.text
    if (t.startsWith('□') || looksLikeByline(t)) return continued(lines, i, i + 1, t)
    // "齐鲁晚报·齐鲁壹点" / "记者 于民星": the brands on one line, the role and name on the next
    if (next !== undefined && isBrandLine(t) && startsWithRole(next) && looksLikeByline(`${t}${next}`)) {
      return continued(lines, i, i + 2, `${t}${next}`)
    }
    if (endsTheHead(t)) return null
  }
  return null
}

/** "常征" alone under the title, the text right after it: the author's name without a role. */
function bareNameByline(lines: SourceLine[], warn: Warn): BylineSpan | null {
  for (let i = 1; i < Math.min(BYLINE_SEARCH, lines.length); i++) {
    const t = lines[i]?.text ?? ''
    const next = lines[i + 1]?.text
    const names = namesOnly(t)
    const inRun = i > 1 && namesOnly(lines[i - 1]?.text ?? '') !== null
    if (names && names.length <= 3 && !inRun && next !== undefined && !namesOnly(next) && !isTitleLike(next)) {
      warn(warnings.bareNameByline(names.join(' ')))
      return { index: i, end: i + 1, text: t }
    }
    if (endsTheHead(t)) return null
  }
  return null
}

function endsTheHead(text: string): boolean {
  return isMarked(text) || charLength(text) > MAX_HEADLINE || text.includes('。')
}

/** A byline split over two lines: "□记者 张希文" / "通讯员 陈刚 报道". */
function continued(lines: SourceLine[], index: number, end: number, text: string): BylineSpan {
  const next = lines[end]
  if (next !== undefined && !isMarked(next.text) && isBylineContinuation(next.text)) {
    return { index, end: end + 1, text: `${text} ${next.text}` }
  }
  return { index, end, text }
}

const BRAND_LINE = /^[\p{Script=Han}A-Za-z]{2,12}(?:[/／|｜·•・][\p{Script=Han}A-Za-z]{2,12})+$/u

function isBrandLine(text: string): boolean {
  return BRAND_LINE.test(text)
}

function startsWithRole(text: string): boolean {
  const role = parseRoleToken(text.split(' ')[0] ?? '')
  return role !== null && role.prefix === ''
}

/** A line that can be a kicker, headline or subheadline: short, not a sentence, not a byline, credit or dateline. */
function isTitleLike(text: string): boolean {
  if (charLength(text) > MAX_TITLE_LINE || text.includes('。')) return false
  if (endsWithSentencePunctuation(text) && !/[!！?？]$/u.test(text)) return false
  if (isMarked(text) || text.startsWith('□') || /^[▲△▼▎]/u.test(text) || isPageJump(text)) return false
  return !extractDateline(text) && !looksLikeByline(text) && !parseCredit(text)
}

function headWithoutByline(lines: SourceLine[], warn: Warn): Head {
  const titles = [lines[0]?.text ?? '']
  let dash: string | null = null
  let i = 1
  // a title line is always followed by something: the last line of a story is body
  for (; i < lines.length && titles.length < MAX_TITLE_LINES && dash === null; i++) {
    const text = lines[i]?.text ?? ''
    const sub = stripLeadingDash(text)
    const portraits = namesOnly(text) !== null && namesOnly(lines[i + 1]?.text ?? '') !== null
    if (sub !== null && isTitleLike(sub)) dash = sub
    else if (i < lines.length - 1 && !portraits && isTitleLike(text)) titles.push(text)
    else break
  }
  return { ...arrangeTitles(titles, dash, warn), bylineText: null, bodyStart: i }
}

function classify(head: SourceLine[], warn: Warn): Titles {
  const dash = head.findIndex((l) => stripLeadingDash(l.text) !== null)
  const sub = dash < 0 ? null : stripLeadingDash(head[dash]?.text ?? '')
  if (dash >= 0 && dash < head.length - 1) {
    throw new StoryParseError(
      bilingual('messages:import:parser:lineBetweenSubheadlineAndByline'),
      head[dash + 1]?.line ?? null,
    )
  }
  const titles = (dash < 0 ? head : head.slice(0, -1)).map((l) => l.text)
  if (titles.length > 3 || (titles.length === 3 && sub !== null)) {
    throw new StoryParseError(
      bilingual('messages:import:parser:tooManyHeadLines', { count: head.length }),
      head[0]?.line ?? null,
    )
  }
  return arrangeTitles(titles, sub, warn)
}
