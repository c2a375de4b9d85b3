import { isMarked, isPageJump, parseMarkedLine } from './captions'
import { parseCredit } from './credits'
import { extractDateline } from './dateline'
import { isIntertitle } from './intertitles'
import type { BodyBlock, ParsedContributor, SourceLine } from './types'

export interface Body {
  blocks: BodyBlock[]
  dateline: string | null
  /** people named in a dateline such as "本报讯（记者 王伟）" */
  datelineContributors: ParsedContributor[]
  /** people credited for photos, in order of appearance */
  photographers: ParsedContributor[]
}

/** Everything after the byline: paragraphs, intertitles, captions; credits and page jumps are taken out. */
export function parseBody(lines: SourceLine[]): Body {
  const result: Body = { blocks: [], dateline: null, datelineContributors: [], photographers: [] }
  const { blocks } = result
  const credit = (names: string[]): void => {
    for (const name of names) result.photographers.push({ role: 'photographer', name, organisation: null })
  }
  let beforeFirstParagraph = true
  for (const { text, line } of lines) {
    if (isMarked(text)) {
      const marked = parseMarkedLine(text, line)
      if (marked.kind === 'caption') {
        blocks.push(marked.block)
        credit(marked.photographers)
      }
      if (marked.kind === 'label') blocks.push({ type: 'intertitle', text: marked.text })
      continue
    }
    if (isPageJump(text)) continue
    const creditLine = parseCredit(text)
    if (creditLine) {
      const previous = blocks[blocks.length - 1]
      if (previous?.type === 'caption' && previous.credit === null) previous.credit = creditLine.credit
      credit(creditLine.names)
      continue
    }
    const dateline = beforeFirstParagraph ? extractDateline(text) : null
    if (dateline) {
      result.dateline = dateline.dateline
      result.datelineContributors = dateline.contributors
      beforeFirstParagraph = false
      if (dateline.rest) blocks.push({ type: 'paragraph', text: dateline.rest })
      continue
    }
    if (isIntertitle(text)) {
      blocks.push({ type: 'intertitle', text })
      continue
    }
    beforeFirstParagraph = false
    blocks.push({ type: 'paragraph', text })
  }
  return result
}
