import { looksLikeByline, parseByline } from './byline'
import type { ParsedContributor } from './types'

export interface Dateline {
  dateline: string
  /** the paragraph without the dateline */
  rest: string
  /** people named in "本报讯（记者 王伟 通讯员 李明）", which some papers print instead of a byline */
  contributors: ParsedContributor[]
}

const DIGITS = String.raw`[0-9０-９]{1,2}`
const DATE = String.raw`(?:${DIGITS}月${DIGITS}日)`
// "本报讯", "本报12月9日讯", "本报青岛12月9日讯"; "电" only with a date ("本报电视台"), never "本报通讯员".
const DATELINE = new RegExp(
  String.raw`^(?:(?:本报|新华社|中新社)\p{Script=Han}{0,8}?${DATE}[讯电]|本报\p{Script=Han}{0,8}?讯(?!员))`,
  'u',
)
const PAREN_BYLINE = /^[（(]([^（()）]{2,60})[）)]\s*/u

/** Finds the dateline a news story opens with ("本报12月9日讯 青岛市……"), with or without a space after it. */
export function extractDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph)
  if (!match) return null
  const dateline = match[0]
  let rest = paragraph.slice(dateline.length).trimStart()
  const paren = PAREN_BYLINE.exec(rest)
  const contributors = paren?.[1] && looksLikeByline(paren[1]) ? parseByline(paren[1]).contributors : []
  if (rest.startsWith('：') || rest.startsWith(':')) rest = rest.slice(1).trimStart()
  return { dateline, rest, contributors }
}
