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
const imageProblem = (image: DocxImage, n: number, captionLines: Set<number>): string | null => {
  if (!imageFormat(image.data)) {
    return `image ${n} (${image.contentType}) is not a JPEG, PNG, WebP, GIF or AVIF photo and was not imported (第${n}张图片格式不支持，未导入)`
  }
  if (image.captionLine === null || !captionLines.has(image.captionLine)) {
    return `image ${n} has no photo caption: saved to the media library only, not placed in the article (第${n}张图片没有图说，仅存入图片库)`
  }
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
