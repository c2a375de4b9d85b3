import { charLength } from './normalise'
import { warnings, type Warn } from './warnings'

export interface Titles {
  kicker: string | null
  headline: string
  subheadline: string | null
}

// A kicker introduces the headline: it reports who spoke ("……作出重要指示强调") or ends in a colon.
const KICKER_CUE = /(?:强调|指出|表示|要求|提出|[:：])$|发表重要讲话|作出重要指示|重要批示|致贺信/u
const EXCLAMATION = /[!！?？]$/u
// a second line this much longer than the first explains it: a subheadline
const SUBHEADLINE_RATIO = 1.5
const MIN_JOINED_PART = 8

/** Kicker / headline / subheadline from the title lines and a "——" subheadline, if any. */
export function arrangeTitles(titles: string[], dashSubheadline: string | null, warn: Warn): Titles {
  const [a = '', b, c] = titles
  if (titles.length >= 3) return { kicker: a, headline: b ?? '', subheadline: c ?? null }
  if (b !== undefined) {
    if (dashSubheadline !== null) return { kicker: a, headline: b, subheadline: dashSubheadline }
    return twoTitleLines(a, b, warn)
  }
  const joined = dashSubheadline === null ? splitJoinedTitle(a) : null
  if (joined) {
    warn(warnings.joinedTitles(joined[0]))
    return { kicker: null, headline: joined[0], subheadline: joined[1] }
  }
  return { kicker: null, headline: a, subheadline: dashSubheadline }
}

/** Which of two title lines without "——" is the headline: the rules of docs/import.md, "Judgement rules". */
export function twoTitleLines(first: string, second: string, warn: Warn): Titles {
  const asKicker = (): Titles => {
    warn(warnings.twoTitlesSecondIsHeadline(first))
    return { kicker: first, headline: second, subheadline: null }
  }
  const asSubheadline = (): Titles => {
    warn(warnings.twoTitlesFirstIsHeadline(second))
    return { kicker: null, headline: first, subheadline: second }
  }
  if (KICKER_CUE.test(first)) return asKicker()
  if (EXCLAMATION.test(first)) return asSubheadline()
  const a = charLength(first)
  const b = charLength(second)
  if (b >= SUBHEADLINE_RATIO * a) return asSubheadline()
  return b >= a ? asKicker() : asSubheadline()
}

/**
 * Web pages print "主题 副题" on one line: "新冠病毒疫苗接种须知 接种年龄为18至59岁,这些人群需注意". Split at the first
 * space outside quotes when both sides are title-sized; "战酷暑 保清洁" is one headline with a typographic gap.
 */
export function splitJoinedTitle(text: string): [string, string] | null {
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const left = text.slice(0, i)
    const right = text.slice(i + 1)
    if (!quotesBalanced(left)) continue
    if (charLength(left) >= MIN_JOINED_PART && charLength(right) >= MIN_JOINED_PART) return [left, right]
    return null
  }
  return null
}

function quotesBalanced(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0
  return count(/“/gu) === count(/”/gu) && count(/《/gu) === count(/》/gu) && count(/[（(]/gu) === count(/[）)]/gu)
}
