import { parseByline } from './byline'
import type { ParsedContributor } from './types'

export interface Dateline {
  dateline: string
  /** the paragraph without the dateline */
  rest: string
  /** people named in "本报讯（记者 王伟 通讯员 李明）", which some papers print instead of a byline */
  contributors: ParsedContributor[]
}

export interface DatelineWithBrands extends Dateline {
  /** brands named in the dateline's byline ("本报讯（郑报全媒体记者 袁帅）") */
  brands: string[]
}

const DIGITS = String.raw`(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})`
// "12月9日", or only the day ("本报合肥18日电", "新华社重庆十四日电")
const DATE = String.raw`(?:(?:${DIGITS}月)?${DIGITS}日)`
// "本报讯", "本报12月9日讯", "本报青岛12月9日讯", "【新华社重庆十四日电】"; "电" only with a date ("本报电视台"),
// never "本报通讯员".
const DATELINE = new RegExp(
  String.raw`^(?:【(?:本报|新华社|中新社)[^【】]{0,12}?${DATE}?[讯电]】|(?:本报|新华社|中新社)\p{Script=Han}{0,8}?${DATE}[讯电]|本报\p{Script=Han}{0,8}?讯(?!员))`,
  'u',
)
const PAREN_BYLINE = /^[（(]([^（()）]{2,60})[）)]\s*/u
// "本报北京11月8日讯记者廖先旺报道：" — the 1990s People's Daily put the reporter after the dateline
const INLINE_BYLINE = /^((?:本报|新华社)?记者\p{Script=Han}{2,5}(?:[、，,]\p{Script=Han}{2,5})*)报道[:：]\s*/u

/** Finds the dateline a news story opens with ("本报12月9日讯 青岛市……"), with or without a space after it. */
export function extractDateline(paragraph: string): Dateline | null {
  const found = readDateline(paragraph)
  return found && { dateline: found.dateline, rest: found.rest, contributors: found.contributors }
}

export function readDateline(paragraph: string): DatelineWithBrands | null {
  const match = DATELINE.exec(paragraph)
  if (!match) return null
  const dateline = match[0]
  let rest = paragraph.slice(dateline.length).trimStart()
  let byline: string | null = null
  const paren = PAREN_BYLINE.exec(rest) ?? INLINE_BYLINE.exec(rest)
  const parsed = paren?.[1] ? parseByline(paren[1]) : null
  if (paren && parsed?.clean && parsed.contributors.length > 0) {
    byline = parsed.byline
    if (paren[0].endsWith('：') || paren[0].trimEnd().endsWith(':')) rest = rest.slice(paren[0].length)
  }
  if (rest.startsWith('：') || rest.startsWith(':')) rest = rest.slice(1).trimStart()
  return {
    dateline,
    rest,
    contributors: byline ? (parsed?.contributors ?? []) : [],
    brands: byline ? (parsed?.brands ?? []) : [],
  }
}
