import { isPersonName, mergeSpacedNames, parseRoleToken } from './roles'

export interface Credit {
  /** as printed, whitespace normalised, without surrounding brackets */
  credit: string
  /** the people named in it (organisations such as "市南区委宣传部 供图" are not people) */
  names: string[]
}

const MAX_CREDIT = 60
const VERBS = new Set(['摄', '摄影', '供图', '提供', '摄影报道', '报道', '攝', '攝影', '報道', '攝影報道'])
// "新华社发": a photo distributed by an agency, no person named
const AGENCY = /^(?:新华社|新華社|中新社)\s*(?:发|發)$/u
const ORG = /^\p{Script=Han}{2,20}$/u
const PAREN = /^[（(]([^（）()]+)[）)]$/u

/** Parses a photo credit: "记者 王建亮 摄", "王建亮/摄", "通讯员 徐文琦 供图", "摄影：王建亮", "（记者 王建亮 摄）". */
export function parseCredit(raw: string): Credit | null {
  const text = raw.trim()
  const inner = PAREN.exec(text)?.[1]?.trim() ?? text
  if (!inner || inner.length > MAX_CREDIT || /[，。；！？,;!?、]/u.test(inner)) return null
  if (AGENCY.test(inner)) return { credit: inner, names: [] }
  const tokens = splitTokens(inner)
  const names = tokens[0] === '摄影' || tokens[0] === '图' ? leadingForm(tokens) : trailingForm(tokens)
  return names ? { credit: inner, names } : null
}

function splitTokens(text: string): string[] {
  const spaced = text
    .replace(/[:：]/gu, ' ')
    .replace(/\s*[/／]\s*(摄影|摄|供图|提供)$/u, ' $1')
    .replace(/\s*(攝影報道|摄影报道)$/u, ' $1')
    .replace(/^(摄影|图)\s*[/／]\s*/u, '$1 ')
  const tokens = spaced.split(' ').filter(Boolean)
  const last = tokens[tokens.length - 1] ?? ''
  // "王建亮摄": a name glued to 摄, but not "拍摄"/"航拍摄"
  const glued = /^(\p{Script=Han}{2,4})([摄攝])$/u.exec(last)
  if (glued?.[1] && glued[2] && !glued[1].endsWith('拍') && isPersonName(glued[1]))
    tokens.splice(-1, 1, glued[1], glued[2])
  return mergeSpacedNames(tokens, (t) => VERBS.has(t) || t === '图')
}

function leadingForm(tokens: string[]): string[] | null {
  const names = tokens.slice(1)
  return names.length > 0 && names.every(isPersonName) ? names : null
}

function trailingForm(tokens: string[]): string[] | null {
  const verb = tokens[tokens.length - 1] ?? ''
  const before = tokens.slice(0, -1)
  if (!VERBS.has(verb) || before.length === 0 || before.length > 10) return null
  const names: string[] = []
  let named = false
  for (const token of before) {
    const role = parseRoleToken(token)
    if (role) {
      if (role.rest && !isPersonName(role.rest)) return null
      if (role.rest) names.push(role.rest)
      named ||= Boolean(role.rest)
      continue
    }
    if (isPersonName(token)) names.push(token)
    else if (!(verb === '供图' || verb === '提供') || !ORG.test(token)) return null
    named = true
  }
  return named ? names : null
}

/** Splits a credit printed at the end of a caption: "…… 王建亮 摄", "……召开。记者 王建亮 摄", "……（记者 王建亮 摄）". */
export function splitCaptionCredit(text: string): { text: string; credit: Credit | null } {
  const paren = /[（(]([^（）()]{1,60})[）)]$/u.exec(text)
  if (paren?.[1]) {
    const credit = parseCredit(paren[1])
    const body = text.slice(0, paren.index).trimEnd()
    if (credit && body) return { text: body, credit }
  }
  let best: { text: string; credit: Credit } | null = null
  for (let i = text.length - 1; i > 0 && text.length - i <= MAX_CREDIT; i--) {
    if (text[i] === ' ' || !/[\s。！？!?；;…”）)]/u.test(text[i - 1] ?? '')) continue
    const credit = parseCredit(text.slice(i))
    if (credit) best = { text: text.slice(0, i).trimEnd(), credit }
    else if (best) break
  }
  return best && best.text ? best : { text, credit: null }
}
