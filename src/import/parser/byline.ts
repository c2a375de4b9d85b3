import { uniqueContributors } from './contributors'
import { normaliseSpaces } from './normalise'
import { BRAND_SEPARATOR, brandsOf, isPersonName, mergeSpacedNames, parseRoleToken } from './roles'
import type { ContributorRole, ParsedContributor } from './types'

export interface ParsedByline {
  /** as printed, without "□", whitespace normalised */
  byline: string
  brands: string[]
  contributors: ParsedContributor[]
  /** false when some token was neither a role nor a plausible name */
  clean: boolean
}

const WITH_ORG = /^(.+?)[（(]([^（()）]+)[）)]$/u
const ORG_ONLY = /^[（(]([^（()）]+)[）)]$/u

/** Parses "青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦" (with or without the leading "□"). */
export function parseByline(raw: string): ParsedByline {
  const byline = normaliseSpaces(raw.replace(/^\s*□+/u, ''))
  let work = byline
  const photoReport = /\s*(?:摄影报道|攝影報道)$/u.test(work)
  work = work.replace(/\s*(?:摄影报道|攝影報道|报道|報道)$/u, '')
  work = work
    .replace(/[:：，、,;；]/gu, ' ')
    .replace(/／/gu, '/')
    .replace(/(^|\s)(文|图)\s*\/\s*/gu, ' $2/ ')
  const tokens = mergeSpacedNames(work.split(' ').filter(Boolean), (t) => t === '摄')

  const brands: string[] = []
  const contributors: ParsedContributor[] = []
  let clean = true
  let role: ContributorRole = 'reporter'
  let organisation: string | null = null
  let photoSegment = false

  const addName = (token: string): void => {
    const withOrg = WITH_ORG.exec(token)
    const name = withOrg?.[1] ?? token
    if (!isPersonName(name)) {
      clean = false
      return
    }
    const org = role === 'correspondent' ? (withOrg?.[2] ?? organisation) : null
    contributors.push({ role, name, organisation: org })
  }

  for (const token of tokens) {
    if (token === '文/' || token === '图/') {
      photoSegment = token === '图/'
      role = photoSegment ? 'photographer' : 'reporter'
      continue
    }
    if (token === '摄') continue
    const orgOnly = ORG_ONLY.exec(token)
    const last = contributors[contributors.length - 1]
    if (orgOnly && last?.role === 'correspondent') {
      last.organisation = orgOnly[1] ?? null
      continue
    }
    const roleToken = parseRoleToken(token)
    if (!roleToken) {
      addName(token)
      continue
    }
    role = photoSegment && roleToken.role === 'reporter' ? 'photographer' : roleToken.role
    const prefixIsBrands = BRAND_SEPARATOR.test(roleToken.prefix)
    if (role !== 'correspondent' || prefixIsBrands) brands.push(...brandsOf(roleToken.prefix))
    const printedOrg = role === 'correspondent' && !prefixIsBrands && roleToken.prefix !== '本报'
    organisation = printedOrg && roleToken.prefix ? roleToken.prefix : null
    if (roleToken.rest) addName(roleToken.rest)
  }

  if (photoReport) {
    for (const c of [...contributors]) contributors.push({ role: 'photographer', name: c.name, organisation: null })
  }
  return { byline, brands: [...new Set(brands)], contributors: uniqueContributors(contributors), clean }
}

/** A byline printed without "□": starts with "本报记者", "青岛日报/观海新闻记者", "通讯员" … then names. */
export function looksLikeByline(text: string): boolean {
  if (text.length > 80 || /[。！？!?；;]/u.test(text) || /(?:摄|供图|提供)$/u.test(text)) return false
  const tokens = text
    .replace(/[:：、]/gu, ' ')
    .split(' ')
    .filter(Boolean)
  const roleToken = parseRoleToken(tokens[0] ?? '')
  if (!roleToken || !['reporter', 'correspondent'].includes(roleToken.role)) return false
  // "记者王进业、李响" is a byline; a lone "记者了解到" is the start of a sentence
  if (roleToken.rest && (tokens.length < 2 || !isPersonName(roleToken.rest))) return false
  const parsed = parseByline(text)
  return parsed.clean && parsed.contributors.length > 0
}

/** The second line of a byline split over two lines ("通讯员 徐文琦"), or a lone "报道". */
export function isBylineContinuation(text: string): boolean {
  return text === '报道' || text === '摄影报道' || looksLikeByline(text)
}
