import type { ContributorRole } from './types'

// Longest first: the regex alternation takes the first keyword that matches at a position.
const KEYWORDS: [string, ContributorRole][] = [
  ['摄影记者', 'photographer'],
  ['攝影記者', 'photographer'],
  ['见习记者', 'reporter'],
  ['实习记者', 'reporter'],
  ['首席记者', 'reporter'],
  ['特约记者', 'reporter'],
  ['融媒记者', 'reporter'],
  ['特约通讯员', 'correspondent'],
  ['特约评论员', 'reporter'],
  ['责任编辑', 'editor'],
  ['通讯员', 'correspondent'],
  ['通訊員', 'correspondent'],
  ['实习生', 'reporter'],
  ['评论员', 'reporter'],
  ['记者', 'reporter'],
  ['記者', 'reporter'],
  ['编辑', 'editor'],
  ['摄影', 'photographer'],
  ['攝影', 'photographer'],
]
const ROLE_OF = new Map(KEYWORDS)
const ROLE_TOKEN = new RegExp(`^(.*?)(${KEYWORDS.map(([k]) => k).join('|')})(.*)$`, 'u')

export interface RoleToken {
  /** what precedes the keyword: brands ("青岛日报/观海新闻"), "本报" or an organisation */
  prefix: string
  keyword: string
  role: ContributorRole
  /** a name glued to the keyword ("记者任晓萌" → "任晓萌") */
  rest: string
}

/** Parses a token such as "青岛日报/观海新闻记者", "本报通讯员" or "记者任晓萌"; null for a plain name. */
export function parseRoleToken(token: string): RoleToken | null {
  const match = ROLE_TOKEN.exec(token)
  if (!match) return null
  const [, prefix = '', keyword = '', rest = ''] = match
  const role = ROLE_OF.get(keyword)
  if (!role || prefix.length > 30 || /[，。；！？,;!?]/u.test(prefix)) return null
  return { prefix, keyword, role, rest }
}

const HAN_NAME = /^\p{Script=Han}{2,5}$/u
const DOTTED_NAME = /^\p{Script=Han}{1,10}(?:[·•・]\p{Script=Han}{1,10}){1,3}$/u

/** A personal name as printed in Chinese bylines: 2–5 Han characters, or a dotted transliteration. */
export function isPersonName(token: string): boolean {
  return HAN_NAME.test(token) || DOTTED_NAME.test(token)
}

export function isSingleHan(token: string): boolean {
  return /^\p{Script=Han}$/u.test(token)
}

/**
 * Typesetters pad two-character names to three characters' width ("余 博", "余　博"), so runs of
 * single Han characters are one name; names of two or more characters are separate people.
 */
export function mergeSpacedNames(tokens: string[], keep: (token: string) => boolean = () => false): string[] {
  const merged: string[] = []
  let run = ''
  for (const token of tokens) {
    if (isSingleHan(token) && !keep(token)) {
      run += token
      continue
    }
    if (run) merged.push(run)
    run = ''
    merged.push(token)
  }
  if (run) merged.push(run)
  return merged
}

export const BRAND_SEPARATOR = /[/／|｜·•・]/u
// "半岛全媒体首席记者", "YMG全媒体记者": the qualifier belongs to the role, not to the brand
const ROLE_QUALIFIER = /(?:全媒体|融媒体|融媒|首席|特约|见习|实习)+$/u

/** Splits "青岛日报/观海新闻" or "齐鲁晚报·齐鲁壹点" into brands; "本报" (this paper) names no brand. */
export function brandsOf(prefix: string): string[] {
  return prefix
    .split(BRAND_SEPARATOR)
    .map((part) => part.trim().replace(ROLE_QUALIFIER, ''))
    .filter((part) => part && part !== '本报')
}

/** "王亚平", "张海铎 李亚茹", "王进业、李响": one to four names and nothing else. */
export function namesOnly(text: string): string[] | null {
  const tokens = mergeSpacedNames(text.split(/[\s、,，]+/u).filter(Boolean))
  return tokens.length > 0 && tokens.length <= 4 && tokens.every(isPersonName) && !tokens.some(isNotAName)
    ? tokens
    : null
}

// words that fit the 2–5 characters of a name but are captions' and pages' vocabulary
const NOT_A_NAME = /[图版见附摄讯电报社稿]/u

function isNotAName(token: string): boolean {
  return NOT_A_NAME.test(token)
}
