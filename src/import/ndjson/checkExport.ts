import type { CollectionSlug, Payload } from 'payload'

import { CliError } from '../cliError'
import type { ExportHeader, ExportTrailer } from './format'
import { readExport } from './readRecords'
import { isObjectId, objectIdFor } from './translateIds'

export interface CheckedExport {
  header: ExportHeader
  trailer: ExportTrailer
  /** Document ids the target cannot store (UUIDs on MongoDB) → the ids they get there; empty when all fit. */
  newIds: Map<string, string>
}

/**
 * Reads the whole file once before writing anything: a truncated, corrupt or foreign export is refused up front. On
 * MongoDB it also collects the document ids that are not ObjectIds, for ./translateIds.
 */
export const checkExport = async (file: string, payload: Payload): Promise<CheckedExport> => {
  let header: ExportHeader | null = null
  let trailer: ExportTrailer | null = null
  const seen: ExportTrailer['counts'] = {}
  const newIds = new Map<string, string>()
  const onMongo = payload.db.name === 'mongoose'
  for await (const line of readExport(file)) {
    if (trailer) throw new CliError(`${file}:${line.number}: lines after the end marker`)
    if (line.kind === 'header') header = line.header
    else if (line.kind === 'end') trailer = line.trailer
    else {
      const { collection, kind } = line.record
      if (!header?.collections.includes(collection))
        throw new CliError(`${file}:${line.number}: collection "${collection}" is not in the header`)
      seen[collection] ??= { docs: 0, versions: 0 }
      seen[collection][kind === 'doc' ? 'docs' : 'versions']++
      const id = line.record.data.id
      if (onMongo && kind === 'doc' && !isObjectId(id)) {
        if (typeof id !== 'string')
          throw new CliError(
            `${file}:${line.number}: id ${JSON.stringify(id)} is neither a MongoDB ObjectId nor a text id that can be translated to one`,
          )
        newIds.set(id, objectIdFor(id))
      }
    }
  }
  if (!header) throw new CliError(`${file} is empty`)
  if (!trailer) throw new CliError(`${file} has no end marker: the export was cut short; export again`)
  for (const [collection, counts] of Object.entries(trailer.counts)) {
    const found = seen[collection] ?? { docs: 0, versions: 0 }
    if (found.docs !== counts.docs || found.versions !== counts.versions) {
      throw new CliError(
        `${file}: ${collection} has ${found.docs} document(s) and ${found.versions} version(s), the end marker says ${counts.docs} and ${counts.versions}`,
      )
    }
  }
  const unknown = header.collections.filter((slug) => !(slug in payload.collections))
  if (unknown.length > 0)
    throw new CliError(`This CMS has no collection ${unknown.join(', ')}; the export cannot be loaded here.`)
  return { header, trailer, newIds }
}

export const checkTargetEmpty = async (payload: Payload, collections: CollectionSlug[]): Promise<void> => {
  const filled: string[] = []
  for (const collection of collections) {
    const { totalDocs } = await payload.db.count({ collection, req: {} })
    const versions = payload.collections[collection].config.versions
      ? (await payload.db.countVersions({ collection, req: {} })).totalDocs
      : 0
    if (totalDocs + versions > 0) filled.push(`${collection} (${totalDocs} documents, ${versions} versions)`)
  }
  if (filled.length > 0) {
    throw new CliError(
      `The target database is not empty: ${filled.join(', ')}. Pass --force to load anyway (documents with the same id are replaced, their versions too).`,
    )
  }
}
