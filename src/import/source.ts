import { createHash } from 'node:crypto'
import path from 'node:path'

/** Where an imported article came from: the same file re-imported updates the same article. */
export interface ImportSource {
  /** absolute and normalised */
  path: string
  /** sha256 (hex) of the normalised text */
  contentHash: string
}

/**
 * Layout systems re-export the same story with other line endings, trailing spaces or blank lines at the end; none of
 * that is a change worth a new revision.
 */
export const normaliseStoryText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex')

/**
 * The hash of a Word story covers its photos too, so that replacing one is a change; without images it is the hash of
 * the text alone, as for plain text.
 */
export const storySource = (file: string, text: string, images: Uint8Array[] = []): ImportSource => {
  const photos = images.map((image) => `\n\nimage ${sha256(image)}`).join('')
  return { path: path.resolve(file), contentHash: sha256(`${normaliseStoryText(text)}${photos}`) }
}
