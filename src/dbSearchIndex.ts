import type { Payload } from 'payload'

import { mongoSearchIndex } from './dbSearchIndexMongo'
import type { SearchIndexStore } from './dbSearchIndexStore'
import { sqliteSearchIndex } from './dbSearchIndexSqlite'

export type * from './dbSearchIndexStore'

/** The index on whichever database runs: FTS5 beside the SQLite file, a postings collection on MongoDB. */
export const openSearchIndex = (payload: Payload): SearchIndexStore =>
  payload.db.name === 'mongoose' ? mongoSearchIndex(payload) : sqliteSearchIndex(payload)
