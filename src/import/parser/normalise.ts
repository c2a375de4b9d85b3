import { bilingual } from '../../i18n'

import { StoryParseError } from './errors'
import type { SourceLine } from './types'

export const MAX_LINE_LENGTH = 20_000

// NBSP, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000 and tabs all print as a gap in layout exports.
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
const INVISIBLE = /[\u200b\ufeff]/g
// C0 controls other than tab/LF/VT/FF/CR, plus DEL: a text export never contains them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/

/** Collapses every kind of space to one ASCII space and trims. */
export function normaliseSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

// three or more spaces: the gap e-paper index pages put between a title and the text beside it
const WIDE_GAP = /[\t \u00a0\u3000]{3,}/u

/**
 * E-paper index pages print "标题   □记者 仪博文 报道" or "标题   正文……" on one line. Splits the first line at its
 * first wide gap when the part before it can be a headline; both parts keep the line's number.
 */
export function splitFirstLine(lines: SourceLine[], raw: string, maxHeadline: number): SourceLine[] | null {
  const [first, ...rest] = lines
  if (!first) return null
  const rawFirst = raw.split(/\r\n|[\r\n\u2028\u2029]/)[first.line - 1] ?? ''
  const gap = WIDE_GAP.exec(rawFirst.trim())
  if (!gap) return null
  const trimmed = rawFirst.trim()
  const title = normaliseSpaces(trimmed.slice(0, gap.index))
  const beside = normaliseSpaces(trimmed.slice(gap.index))
  if (!title || !beside || charLength(title) > maxHeadline) return null
  return [{ text: title, line: first.line }, { text: beside, line: first.line }, ...rest]
}

/** Splits on \r\n, \r, \n, U+2028/2029; returns the non-empty lines, normalised, with 1-based numbers. */
export function toSourceLines(text: string): SourceLine[] {
  const raw = text.split(/\r\n|[\r\n\u2028\u2029]/)
  const lines: SourceLine[] = []
  raw.forEach((rawLine, index) => {
    const line = index + 1
    if (rawLine.length > MAX_LINE_LENGTH && [...rawLine].length > MAX_LINE_LENGTH) {
      throw new StoryParseError(bilingual('messages:import:parser:lineTooLong', { line, max: MAX_LINE_LENGTH }), line)
    }
    const control = CONTROL.exec(rawLine)
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).padStart(4, '0')
      throw new StoryParseError(
        code === '0000'
          ? bilingual('messages:import:parser:nulByte', { line })
          : bilingual('messages:import:parser:controlCharacter', { line, code }),
        line,
      )
    }
    const normalised = normaliseSpaces(rawLine)
    if (normalised) lines.push({ text: normalised, line })
  })
  return lines
}

const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '》', '〉', '】', ']'])

/** True when the text ends a sentence: 。！？…；：(and half-width) possibly inside closing quotes. */
export function endsWithSentencePunctuation(text: string): boolean {
  // a loop, not /[”…]+$/, which is quadratic on long runs of closers
  let end = text.length
  while (end > 0 && CLOSERS.has(text[end - 1] ?? '')) end--
  return end > 0 && '。！？!?…；;：:.．'.includes(text[end - 1] ?? '')
}

/** Strips a leading "——", "--", "—", "－－" and the like; null when there is none. */
export function stripLeadingDash(text: string): string | null {
  const match = /^(?:[—―─–]{1,2}|-{1,2}|－{1,2})\s*/u.exec(text)
  if (!match || match[0].length === text.length) return null
  return text.slice(match[0].length)
}

/** Code point length, so that astral characters count once. */
export function charLength(text: string): number {
  return [...text].length
}
