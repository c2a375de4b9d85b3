import type { JsonObject } from 'payload'

import type { DatabaseKind } from '../../db'

/** Bump when a reader of the old format could misread the new one. */
export const FORMAT = 'newsroom-cms-ndjson'
export const FORMAT_VERSION = 1

/** First line of an export. */
export interface ExportHeader {
  kind: 'header'
  format: typeof FORMAT
  version: number
  exportedAt: string
  adapter: DatabaseKind
  /** in load order: a collection's relations point to collections before it, except where noted in docs/import.md */
  collections: string[]
  /** folder next to the export holding the upload files, relative to the export file */
  mediaDir: string
}

/** One line per document or version, raw as the database adapter stores it. */
export interface ExportRecord {
  collection: string
  kind: 'doc' | 'version'
  data: JsonObject
}

/** Last line: its absence means the export was cut short. */
export interface ExportTrailer {
  kind: 'end'
  counts: Record<string, { docs: number; versions: number }>
  /** upload files referenced by a document but missing on disk at export time */
  missingMedia: number
}

/**
 * Payload's bookkeeping that does not belong in a copy of the content: per-user admin UI preferences, the target's own
 * migration history, edit locks of sessions that no longer exist, and the job queue (scheduled publications are
 * re-created by the workflow, see docs/import.md). Everything else in payload.config — including collections added
 * later — is exported.
 */
export const skippedCollections: readonly string[] = [
  'payload-preferences',
  'payload-migrations',
  'payload-locked-documents',
  'payload-jobs',
]

export const mediaDirFor = (exportFile: string): string => `${exportFile}.media`
