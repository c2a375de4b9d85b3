import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'

import { refreshPlannerStatistics } from '../../db'
import { CliError } from '../cliError'
import { batches } from './batches'
import { checkExport, checkTargetEmpty } from './checkExport'
import type { ExportRecord, ExportTrailer } from './format'
import { copyUploadFiles, staticDirOf, uploadFilenames } from './mediaFiles'
import { readExport } from './readRecords'
import { clearPendingRelations } from './relations'
import { requeueSchedules } from './requeueSchedules'
import { translateIds } from './translateIds'
import { writeDoc, writeVersion } from './writeRecords'

export interface ImportNdjsonOptions {
  /** load into a database that already has documents; documents with the same id are replaced */
  force: boolean
  log: (line: string) => void
}

export interface ImportNdjsonResult {
  counts: ExportTrailer['counts']
  missingMedia: number
  /** documents that got a new id because the target cannot store theirs (SQLite UUIDs on MongoDB) */
  translatedIds: number
  /** scheduled publications and withdrawals queued again on the target (the job queue is not exported) */
  requeued: number
}

/**
 * Loads an export into the database Payload is connected to, through the adapter (no hooks rewrite anything): ids,
 * relations, `_status`, versions and timestamps are kept; users keep their password hashes. Three streaming passes:
 * check the file; write documents (relations to collections not loaded yet are left empty) and versions; write the
 * documents whose relations were left empty again, in full. Upload files come from `<export>.media/`.
 */
export const importDatabase = async (
  payload: Payload,
  file: string,
  options: ImportNdjsonOptions,
): Promise<ImportNdjsonResult> => {
  const { header, trailer, newIds } = await checkExport(file, payload)
  if (newIds.size > 0)
    options.log(
      `${newIds.size} document id(s) are not MongoDB ObjectIds: each gets an ObjectId derived from it, and every reference follows`,
    )
  const translated = (record: ExportRecord): ExportRecord =>
    newIds.size > 0 ? { ...record, data: translateIds(record.data, newIds) } : record
  const collections = header.collections as CollectionSlug[]
  if (!options.force) await checkTargetEmpty(payload, collections)
  const mediaRoot = path.join(path.dirname(path.resolve(file)), header.mediaDir)
  const counts: ExportTrailer['counts'] = Object.fromEntries(
    collections.map((slug) => [slug, { docs: 0, versions: 0 }]),
  )
  const revisit = new Map<string, Set<string>>()
  const versionsCleared = new Set<string>()
  const loaded = new Set<string>()
  let current: string | null = null
  let missingMedia = 0
  const batch = batches(payload)

  const loadRecord = async (number: number, record: ExportRecord): Promise<void> => {
    const { collection, kind, data } = translated(record)
    const slug = collection as CollectionSlug
    const config = payload.collections[slug].config
    if (kind === 'version') {
      if (current) loaded.add(current)
      current = null
      const parent = String(data.parent)
      // --force: the document's versions are replaced, not doubled.
      if (options.force && !versionsCleared.has(`${slug}:${parent}`)) {
        versionsCleared.add(`${slug}:${parent}`)
        await payload.db.deleteVersions({
          collection: slug,
          where: { parent: { equals: data.parent as string } },
          req: await batch.next(),
        })
      }
      await writeVersion(payload, slug, data, await batch.next())
      counts[slug]!.versions++
      return
    }
    if (collection !== current) {
      if (current) loaded.add(current)
      if (loaded.has(collection))
        throw new CliError(`${file}:${number}: the documents of ${collection} are not together`)
      current = collection
      options.log(`loading ${collection}…`)
    }
    if (clearPendingRelations(config.flattenedFields, data, (target) => !loaded.has(target), payload.config)) {
      if (!revisit.has(slug)) revisit.set(slug, new Set())
      revisit.get(slug)!.add(String(data.id))
    }
    await writeDoc(payload, slug, data, await batch.next(), options.force)
    counts[slug]!.docs++
    const staticDir = staticDirOf(config, payload.config.paths?.configDir)
    if (staticDir)
      missingMedia += await copyUploadFiles(uploadFilenames(data), path.join(mediaRoot, collection), staticDir)
  }

  const revisitRecord = async (record: ExportRecord): Promise<void> => {
    const { collection, kind, data } = translated(record)
    if (kind !== 'doc' || !revisit.get(collection)?.has(String(data.id))) return
    await payload.db.updateOne({
      collection: collection as CollectionSlug,
      id: data.id as string,
      data,
      req: await batch.next(),
      returning: false,
    })
  }

  let lineNumber = 0
  let requeued: number
  try {
    for await (const line of readExport(file)) {
      lineNumber = line.number
      if (line.kind === 'record') await loadRecord(line.number, line.record)
    }
    const again = [...revisit.values()].reduce((sum, ids) => sum + ids.size, 0)
    if (again > 0) options.log(`restoring ${again} relation(s) that pointed forward…`)
    for await (const line of readExport(file)) {
      lineNumber = line.number
      if (line.kind === 'record') await revisitRecord(line.record)
    }
    await batch.commit()
    requeued = await requeueSchedules(payload, collections)
    await refreshPlannerStatistics(payload)
  } catch (error) {
    await batch.rollback()
    if (error instanceof CliError) throw error
    throw new CliError(`${file}:${lineNumber}: ${(error as Error).message}`)
  }
  if (trailer.missingMedia > 0 || missingMedia > 0)
    options.log(`warning: ${trailer.missingMedia + missingMedia} upload file(s) missing`)
  if (requeued > 0) options.log(`${requeued} scheduled publication(s)/withdrawal(s) queued again`)
  return { counts, missingMedia, translatedIds: newIds.size, requeued }
}
