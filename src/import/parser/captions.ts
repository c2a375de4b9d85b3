import { splitCaptionCredit } from './credits'
import { parseLeadingDate } from './dates'
import { charLength, endsWithSentencePunctuation } from './normalise'
import type { CaptionBlock } from './types'

export type MarkedLine =
  | { kind: 'caption'; block: CaptionBlock; photographers: string[] }
  | { kind: 'label'; text: string }
  | { kind: 'jump' }
  | { kind: 'empty' }

const MAX_LABEL = 15
const PAGE_JUMP =
  /^[（(【[]?\s*(?:详见|下转|上接|转|接|见|续)\s*第?\s*[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９一二三四五六七八九十百零〇两]{1,4}\s*版[^，。；！？,;!?]{0,12}?\s*[）)】\]]?$/u

// "A03、06版": the pages a front-page teaser points to
const PAGE_LIST = /^[A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}(?:[、,，和][A-Za-zＡ-Ｚ]?[0-9０-９]{1,3})*版$/u

/** "■详见六版", "（下转3版）", "■A03、06版": navigation to another page, not content. */
export function isPageJump(text: string): boolean {
  return PAGE_JUMP.test(text) || PAGE_LIST.test(text)
}

export function isMarked(text: string): boolean {
  return text.startsWith('■')
}

/** Classifies a "■" line: a photo caption, a short place label ("■市南区"), a page jump, or a bare mark. */
export function parseMarkedLine(raw: string, line: number): MarkedLine {
  const text = raw.replace(/^■\s*/u, '')
  if (!text) return { kind: 'empty' }
  if (isPageJump(text)) return { kind: 'jump' }
  const split = splitCaptionCredit(text)
  const { date, dateEnd } = parseLeadingDate(split.text)
  if (!split.credit && !date && isLabel(text)) return { kind: 'label', text }
  const block: CaptionBlock = {
    type: 'caption',
    text: split.text,
    date,
    dateEnd,
    credit: split.credit?.credit ?? null,
    line,
  }
  return { kind: 'caption', block, photographers: split.credit?.names ?? [] }
}

function isLabel(text: string): boolean {
  return charLength(text) <= MAX_LABEL && !/[，。；！？,;!?]/u.test(text) && !endsWithSentencePunctuation(text)
}
