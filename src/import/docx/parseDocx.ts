import { bilingual, type Label } from '../../i18n'
import { parseStory } from '../parser/parseStory'
import type { BodyBlock, ParseResult } from '../parser/types'
import { imageFormat } from './imageFormat'
import { readDocx, type DocxImage } from './readDocx'

export interface DocxParseResult extends ParseResult {
  /** the plain text the structure rules read (hashed for re-imports) */
  text: string
  images: DocxImage[]
}

/** Why an image will not appear in the article, or null when it goes into its photo-caption item. */
const imageProblem = (image: DocxImage, n: number, captionLines: Set<number>): Label | null => {
  if (!imageFormat(image.data))
    return bilingual('messages:import:docx:imageNotSupported', { n, contentType: image.contentType })
  if (image.captionLine === null || !captionLines.has(image.captionLine))
    return bilingual('messages:import:docx:imageWithoutCaption', { n })
  return null
}

/** A Word story through the same structure rules as plain text; bold and heading paragraphs in the body are intertitles. */
export async function parseDocxStory(bytes: Uint8Array): Promise<DocxParseResult> {
  const docx = await readDocx(bytes)
  const story = parseStory(docx.text)
  const emphasised = new Set(docx.emphasised)
  const body = story.body.map((block): BodyBlock =>
    block.type === 'paragraph' && emphasised.has(block.text) ? { type: 'intertitle', text: block.text } : block,
  )
  const captionLines = new Set(body.flatMap((block) => (block.type === 'caption' ? [block.line] : [])))
  const imageWarnings = docx.images.flatMap((image, index) => imageProblem(image, index + 1, captionLines) ?? [])
  return { ...story, body, warnings: [...story.warnings, ...imageWarnings], text: docx.text, images: docx.images }
}
