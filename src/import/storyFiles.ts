import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { bilingual, bothLanguages } from '../i18n'
import { StoryParseError } from './parser/errors'

/** A story is a few thousand characters; anything this large is not one, and is refused before it is read. */
export const MAX_STORY_BYTES = 4 * 1024 * 1024

export interface StoryFileList {
  /** absolute, normalised, sorted, without duplicates */
  files: string[]
  /** paths given on the command line that are neither a file nor a folder */
  missing: { file: string; reason: string }[]
}

const isStoryName = (name: string): boolean => /\.(?:txt|docx)$/u.test(name.toLowerCase())

const isFileOrLinkToFile = async (full: string, entry: Dirent): Promise<boolean> =>
  entry.isFile() || (entry.isSymbolicLink() && Boolean((await stat(full).catch(() => null))?.isFile()))

async function walk(folder: string, into: Set<string>): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    // Hidden entries are editor swap files, .git and the like, never stories.
    if (entry.name.startsWith('.')) continue
    const full = path.join(folder, entry.name)
    // Symlinked folders are not followed, so a link cycle cannot loop forever.
    if (entry.isDirectory()) await walk(full, into)
    else if (isStoryName(entry.name) && (await isFileOrLinkToFile(full, entry))) into.add(full)
  }
}

/** Files are taken as given; folders are searched recursively for *.txt (hidden files and folders skipped). */
export const findStoryFiles = async (paths: string[]): Promise<StoryFileList> => {
  const files = new Set<string>()
  const missing: StoryFileList['missing'] = []
  for (const given of paths) {
    const full = path.resolve(given)
    const info = await stat(full).catch(() => null)
    if (info?.isDirectory()) await walk(full, files)
    else if (info?.isFile()) files.add(full)
    else missing.push({ file: full, reason: bothLanguages('messages:import:files:noSuchFile') })
  }
  return { files: [...files].sort(), missing }
}

/** The file's bytes, for decodeStoryBytes; a file too large to be a story is refused without reading it. */
export const readStoryBytes = async (file: string): Promise<Uint8Array> => {
  const { size } = await stat(file)
  if (size > MAX_STORY_BYTES) {
    throw new StoryParseError(
      bilingual('messages:import:files:tooLarge', {
        size: (size / 1024 / 1024).toFixed(1),
        max: MAX_STORY_BYTES / 1024 / 1024,
      }),
      null,
    )
  }
  return readFile(file)
}
