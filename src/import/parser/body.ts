import { looksLikeByline, parseByline } from './byline'
import { isMarked, isPageJump, parseMarkedLine } from './captions'
import { parseCredit, splitCaptionCredit, type Credit } from './credits'
import { parseLeadingDate } from './dates'
import { readDateline } from './dateline'
import { isIntertitle } from './intertitles'
import { charLength } from './normalise'
import { namesOnly, parseRoleToken } from './roles'
import type { BodyBlock, CaptionBlock, ParsedContributor, SourceLine } from './types'
import { warnings, type Warn } from './warnings'

export interface Body {
  blocks: BodyBlock[]
  dateline: string | null
  /** people named in a dateline such as "本报讯（记者 王伟）" */
  datelineContributors: ParsedContributor[]
  datelineBrands: string[]
  /** people credited for photos, in order of appearance */
  photographers: ParsedContributor[]
  /** writers credited in the text: "(刘腾)", a byline at the end of the text or in its middle */
  writers: ParsedContributor[]
  writerBrands: string[]
  /** the first byline printed in the text, as printed */
  bylineText: string | null
}

// a caption describes one photo; a line longer than this is a paragraph even with a credit at its end
const MAX_CAPTION = 100
const TRIANGLE = /^[▲△▼]\s*/u
const GRAPHICS_CREDIT = /^\p{Script=Han}{2,4}\s*(?:制图|设计|漫画|绘图|绘)$/u
const AGENCY_SOURCE = /^据\p{Script=Han}{1,10}$/u
// "海信集团品牌管理部副总经理朱书琴", "青岛早报原副总编辑 王亚平": who speaks next, not a heading
const SPEAKER =
  /(?:经理|主任|书记|编辑|局长|处长|科长|部长|市长|县长|区长|镇长|主席|院长|校长|代表|教授|董事长|总监|厂长|所长|队长|社长|会长|总裁|委员)\s?\p{Script=Han}{2,3}$/u
const BRACKETED = /^[（(]([^（()）]{2,30})[）)]$/u
const TRAILING_BRACKET = /\s*[（(]([^（()）]{2,30})[）)]$/u
const TRAILING_BYLINE = /^(.*[。！？!?…”])\s+(\S.{1,60})$/u
const PHOTO_REPORT = /(?:摄影报道|攝影報道)$/u
const REPORT = /(?:报道|報道)$/u

/** Everything after the byline: paragraphs, intertitles, captions; credits and page jumps are taken out. */
export function parseBody(lines: SourceLine[], warn: Warn, hasByline: boolean): Body {
  const result: Body = {
    blocks: [],
    dateline: null,
    datelineContributors: [],
    datelineBrands: [],
    photographers: [],
    writers: [],
    writerBrands: [],
    bylineText: null,
  }
  const { blocks } = result
  const lineOf = new Map<BodyBlock, number>()
  let unmarkedCaptions = 0
  let datelineBlock: BodyBlock | null = null
  let beforeFirstParagraph = true

  const photographers = (names: string[]): void => {
    for (const name of names) result.photographers.push({ role: 'photographer', name, organisation: null })
  }
  const addByline = (text: string): void => {
    const parsed = parseByline(text)
    result.writers.push(...parsed.contributors)
    result.writerBrands.push(...parsed.brands)
    result.bylineText ??= parsed.byline
  }
  const addWriters = (names: string[]): void => {
    warn(warnings.writersWithoutRole(names))
    for (const name of names) result.writers.push({ role: 'reporter', name, organisation: null })
  }
  const paragraph = (text: string, line: number): void => {
    const block: BodyBlock = { type: 'paragraph', text }
    lineOf.set(block, line)
    blocks.push(block)
    beforeFirstParagraph = false
  }
  const caption = (text: string, credit: Credit | null, line: number): CaptionBlock => {
    const { date, dateEnd } = parseLeadingDate(text)
    const block: CaptionBlock = { type: 'caption', text, date, dateEnd, credit: credit?.credit ?? null, line }
    photographers(credit?.names ?? [])
    return block
  }
  const creditLine = (credit: Credit, text: string): void => {
    const previous = blocks[blocks.length - 1]
    if (previous?.type === 'caption' && previous.credit === null) {
      previous.credit = credit.credit
      photographers(credit.names)
      return
    }
    const photoReport = PHOTO_REPORT.test(text)
    if (
      previous?.type === 'paragraph' &&
      !photoReport &&
      previous !== datelineBlock &&
      charLength(previous.text) <= MAX_CAPTION
    ) {
      blocks[blocks.length - 1] = caption(previous.text, credit, lineOf.get(previous) ?? 0)
      unmarkedCaptions++
      return
    }
    // after a long paragraph a credit signs the story ("记者 张三 报道"); "摄影报道" under a byline adds photographers
    if ((REPORT.test(text) && !photoReport) || (photoReport && !hasByline)) {
      if (looksLikeByline(text)) return addByline(text)
    }
    photographers(credit.names)
  }

  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i] as SourceLine
    const next = lines[i + 1]?.text
    if (TRIANGLE.test(text)) {
      const split = splitCaptionCredit(text.replace(TRIANGLE, ''))
      blocks.push(caption(split.text, split.credit, line))
      continue
    }
    // "■ 半岛全媒体记者" / "王 滨": a byline in the middle of a photo page
    const role = bareRole(text)
    if (role && next !== undefined && namesOnly(next)) {
      const byline = `${role} ${next}`
      warn(warnings.bylineInBody(byline))
      addByline(byline)
      i++
      continue
    }
    if (isMarked(text)) {
      const marked = parseMarkedLine(text, line)
      if (marked.kind === 'caption') {
        blocks.push(marked.block)
        photographers(marked.photographers)
      }
      if (marked.kind === 'label') blocks.push({ type: 'intertitle', text: marked.text })
      continue
    }
    if (isPageJump(text)) continue
    const portraits = portraitRun(lines, i)
    if (portraits > 0) {
      warn(warnings.portraitNames(portraits))
      for (const portrait of lines.slice(i, i + portraits))
        blocks.push(caption(portrait.text.replace(/\s/gu, ''), null, portrait.line))
      i += portraits - 1
      continue
    }
    const credit = parseCredit(text)
    if (credit) {
      creditLine(credit, text)
      continue
    }
    const bracketed = BRACKETED.exec(text)?.[1]
    const bracketedNames = bracketed ? namesOnly(bracketed) : null
    if (bracketedNames) {
      addWriters(bracketedNames)
      continue
    }
    if (looksLikeByline(text)) {
      warn(warnings.bylineInBody(text))
      addByline(text)
      continue
    }
    const dateline = beforeFirstParagraph ? readDateline(text) : null
    if (dateline) {
      result.dateline = dateline.dateline
      result.datelineContributors = dateline.contributors
      result.datelineBrands = dateline.brands
      beforeFirstParagraph = false
      if (dateline.rest) {
        paragraph(dateline.rest, line)
        datelineBlock = blocks[blocks.length - 1] ?? null
      }
      continue
    }
    if (GRAPHICS_CREDIT.test(text)) {
      warn(warnings.graphicsCredit(text))
      paragraph(text, line)
      continue
    }
    if (isIntertitle(text) && !notAHeading(text)) {
      const block: BodyBlock = { type: 'intertitle', text }
      lineOf.set(block, line)
      blocks.push(block)
      continue
    }
    if (charLength(text) <= MAX_CAPTION) {
      const split = splitCaptionCredit(text)
      if (split.credit && !PHOTO_REPORT.test(split.credit.credit)) {
        blocks.push(caption(split.text, split.credit, line))
        unmarkedCaptions++
        continue
      }
    }
    paragraph(text, line)
  }
  // an intertitle heads what follows it: a short last line (often a text cut off) is a paragraph
  const last = blocks[blocks.length - 1]
  if (last?.type === 'intertitle' && lineOf.has(last))
    blocks[blocks.length - 1] = { type: 'paragraph', text: last.text }
  signedEnd(blocks, addByline, addWriters)
  if (unmarkedCaptions > 0) warn(warnings.captionsWithoutMark(unmarkedCaptions))
  return result
}

/** "■ 半岛全媒体记者", "记者": a role with no name on its line. */
function bareRole(text: string): string | null {
  const stripped = text.replace(/^[■□]\s*/u, '')
  if (stripped.includes(' ')) return null
  const role = parseRoleToken(stripped)
  return role && !role.rest && ['reporter', 'photographer', 'correspondent'].includes(role.role) ? stripped : null
}

/** Three or more lines in a row that hold one name each: the captions of portraits. Returns the run's length. */
function portraitRun(lines: SourceLine[], start: number): number {
  let end = start
  while (end < lines.length && namesOnly(lines[end]?.text ?? '')?.length === 1) end++
  return end - start >= 3 ? end - start : 0
}

function notAHeading(text: string): boolean {
  return AGENCY_SOURCE.test(text) || SPEAKER.test(text)
}

/** The story's last paragraph may end with its writers: "……更宜居。 (张海铎 李亚茹)", "……经验。 记者 钟建军 摄影报道". */
function signedEnd(
  blocks: BodyBlock[],
  addByline: (text: string) => void,
  addWriters: (names: string[]) => void,
): void {
  const last = blocks[blocks.length - 1]
  if (last?.type !== 'paragraph') return
  const bracket = TRAILING_BRACKET.exec(last.text)
  const names = bracket?.[1] ? namesOnly(bracket[1]) : null
  if (bracket && names && bracket.index > 0) {
    addWriters(names)
    last.text = last.text.slice(0, bracket.index)
    return
  }
  const tail = TRAILING_BYLINE.exec(last.text)
  if (tail?.[1] && tail[2] && looksLikeByline(tail[2])) {
    addByline(tail[2])
    last.text = tail[1]
  }
}
