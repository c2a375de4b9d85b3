import { parseDocxStory } from './docx/parseDocx'
import type { DocxImage } from './docx/readDocx'
import { decodeStoryBytes } from './parser/decode'
import { parseStory } from './parser/parseStory'
import type { ParseResult } from './parser/types'
import { readStoryBytes } from './storyFiles'

export interface StoryRead {
  story: ParseResult
  /** the text the story was parsed from: its hash tells a re-import whether the file changed */
  text: string
  images: DocxImage[]
}

export const isDocx = (file: string): boolean => file.toLowerCase().endsWith('.docx')

/** Reads a .txt (UTF-8) or .docx story file and parses it. Throws StoryParseError. */
export const readStory = async (file: string): Promise<StoryRead> => parseStoryBytes(file, await readStoryBytes(file))

/** A story file's bytes, parsed by the kind its name says (.docx, else UTF-8 text). Throws StoryParseError. */
export const parseStoryBytes = async (file: string, bytes: Uint8Array): Promise<StoryRead> => {
  if (isDocx(file)) {
    const { text, images, ...story } = await parseDocxStory(bytes)
    return { story, text, images }
  }
  const text = decodeStoryBytes(bytes)
  return { story: parseStory(text), text, images: [] }
}
