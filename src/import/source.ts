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

export const storySource = (file: string, text: string): ImportSource => ({
  path: path.resolve(file),
  contentHash: createHash('sha256').update(normaliseStoryText(text), 'utf8').digest('hex'),
})
