import { parseStory } from '../parser/parseStory'
import type { BodyBlock, ParseResult } from '../parser/types'
import { readDocx, type DocxImage } from './readDocx'

export interface DocxParseResult extends ParseResult {
  /** the plain text the structure rules read (hashed for re-imports) */
  text: string
  images: DocxImage[]
}

/** A Word story through the same structure rules as plain text; bold and heading paragraphs in the body are intertitles. */
export async function parseDocxStory(bytes: Uint8Array): Promise<DocxParseResult> {
  const docx = await readDocx(bytes)
  const story = parseStory(docx.text)
  const emphasised = new Set(docx.emphasised)
  const body = story.body.map((block): BodyBlock => (block.type === 'paragraph' && emphasised.has(block.text) ? { type: 'intertitle', text: block.text } : block))
  return { ...story, body, text: docx.text, images: docx.images }
}
