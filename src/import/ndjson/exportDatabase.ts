import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, JsonObject, Payload } from 'payload'

import { databaseKind } from '../../db'
import { FORMAT, FORMAT_VERSION, mediaDirFor, type ExportHeader, type ExportRecord, type ExportTrailer } from './format'
import { loadOrder } from './loadOrder'
import { copyUploadFiles, staticDirOf, uploadFilenames } from './mediaFiles'

const PAGE = 200

/** Raw rows, a page at a time (bounded memory), in a stable order: documents by id, versions oldest first. */
async function* pages(
  payload: Payload,
  collection: CollectionSlug,
  kind: ExportRecord['kind'],
): AsyncGenerator<JsonObject[]> {
  for (let page = 1; ; page++) {
    const result =
      kind === 'doc'
        ? await payload.db.find<JsonObject>({ collection, page, limit: PAGE, pagination: true, sort: 'id', req: {} })
        : await payload.db.findVersions<JsonObject>({
            collection,
            page,
            limit: PAGE,
            pagination: true,
            sort: ['updatedAt', 'id'],
            req: {},
          })
    yield result.docs as JsonObject[]
    if (!result.hasNextPage) return
  }
}

export interface ExportResult {
  file: string
  counts: ExportTrailer['counts']
  missingMedia: number
}

/**
 * Writes every exported collection as NDJSON: a header, then all documents in load order, then all versions (oldest
 * first, so that the copy marks the same one as latest), then a trailer with the counts. The database adapter is read
 * directly, so nothing is filtered by access or rewritten by hooks (users keep their password hash and salt). Upload
 * files are copied to `<file>.media/<collection>/`. Both appear under their names only when complete.
 */
export const exportDatabase = async (
  payload: Payload,
  file: string,
  log: (line: string) => void,
): Promise<ExportResult> => {
  const target = path.resolve(file)
  const partial = `${target}.partial`
  const mediaDir = mediaDirFor(target)
  const partialMedia = `${mediaDir}.partial`
  await mkdir(path.dirname(target), { recursive: true })
  await rm(partialMedia, { recursive: true, force: true })
  const out = createWriteStream(partial, { encoding: 'utf8' })
  const write = async (value: ExportHeader | ExportRecord | ExportTrailer): Promise<void> => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain')
  }

  const collections = loadOrder(payload.config)
  const counts: ExportTrailer['counts'] = Object.fromEntries(
    collections.map((slug) => [slug, { docs: 0, versions: 0 }]),
  )
  let missingMedia = 0
  await write({
    kind: 'header',
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    adapter: databaseKind(),
    collections,
    mediaDir: path.basename(mediaDir),
  })
  for (const collection of collections) {
    const config = payload.collections[collection].config
    const staticDir = staticDirOf(config, payload.config.paths?.configDir)
    for await (const docs of pages(payload, collection, 'doc')) {
      for (const data of docs) {
        await write({ collection, kind: 'doc', data })
        if (staticDir)
          missingMedia += await copyUploadFiles(uploadFilenames(data), staticDir, path.join(partialMedia, collection))
      }
      counts[collection]!.docs += docs.length
    }
    log(`${collection}: ${counts[collection]!.docs} document(s)`)
  }
  for (const collection of collections) {
    if (!payload.collections[collection].config.versions) continue
    for await (const versions of pages(payload, collection, 'version')) {
      for (const data of versions) await write({ collection, kind: 'version', data })
      counts[collection]!.versions += versions.length
    }
    log(`${collection}: ${counts[collection]!.versions} version(s)`)
  }
  await write({ kind: 'end', counts, missingMedia })
  out.end()
  await once(out, 'finish')
  await rm(mediaDir, { recursive: true, force: true })
  await mkdir(partialMedia, { recursive: true })
  await rename(partialMedia, mediaDir)
  await rename(partial, target)
  return { file: target, counts, missingMedia }
}
