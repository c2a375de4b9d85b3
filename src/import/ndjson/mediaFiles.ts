import { copyFile, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { JsonObject, SanitizedCollectionConfig } from 'payload'

/** The upload's original and every generated size, as stored on the document. */
export const uploadFilenames = (doc: JsonObject): string[] => {
  const sizes =
    typeof doc.sizes === 'object' && doc.sizes !== null
      ? Object.values(doc.sizes as Record<string, { filename?: unknown } | null>)
      : []
  const names = [doc.filename, ...sizes.map((size) => size?.filename)]
  // A filename is a single path segment; anything else is not ours to copy.
  return names.filter((name): name is string => typeof name === 'string' && name !== '' && path.basename(name) === name)
}

/** Where Payload keeps a collection's upload files; a relative staticDir is taken from the config's folder, as Payload does. */
export const staticDirOf = (collection: SanitizedCollectionConfig, configDir: string | undefined): string | null => {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object' || !upload.staticDir) return null
  return path.resolve(configDir ?? process.cwd(), upload.staticDir)
}

/** Copies the named files from one folder to another; returns how many were missing at the source. */
export const copyUploadFiles = async (names: string[], from: string, to: string): Promise<number> => {
  let missing = 0
  await mkdir(to, { recursive: true })
  for (const name of names) {
    const source = path.join(from, name)
    if (!(await stat(source).catch(() => null))?.isFile()) {
      missing++
      continue
    }
    await copyFile(source, path.join(to, name))
  }
  return missing
}
