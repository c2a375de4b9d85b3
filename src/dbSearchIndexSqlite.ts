import { createClient, type Client, type InArgs, type InStatement } from '@libsql/client'
import type { Payload } from 'payload'

import type { MatchResult, SearchDocument, SearchIndexStore, TermQuery } from './dbSearchIndexStore'
import { isoInstant } from './utilities/instant'

/**
 * The SQLite file the search index lives in: beside the content database (`newsroom.db` → `newsroom.search.db`), so
 * every instance that shares the one reaches the other. Not inside it: Payload's development push (drizzle-kit's
 * pushSQLiteSchema, which ignores `tablesFilter`) drops tables it does not know, FTS5's shadow tables included, and
 * it asks before doing so, which ends a non-interactive start. The index is derived data: delete the file and the
 * next start rebuilds it.
 */
export const searchIndexUrl = (contentUrl: string): string => {
  const [location = '', query] = contentUrl.split('?')
  if (location === 'file::memory:' || location === ':memory:') return ':memory:'
  const sibling = location.endsWith('.db') ? `${location.slice(0, -3)}.search.db` : `${location}.search.db`
  return query ? `${sibling}?${query}` : sibling
}

/** The index's format: bump it when what is indexed or how it is tokenised changes, and a new, empty index is built. */
const version = 1
const documentsTable = `search_documents_v${version}`
const termsTable = `search_terms_v${version}`
const rowsPerStatement = 50

const schema = [
  `CREATE TABLE IF NOT EXISTS ${documentsTable} (
    rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, updated_at TEXT NOT NULL, caption_ids TEXT NOT NULL
  )`,
  // Contentless: the terms are only indexed, never stored twice (a copy of every body's bigrams would double the file).
  // Terms arrive pre-segmented and separated by spaces; unicode61 only splits them there (and at punctuation).
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${termsTable} USING fts5(
    headline, lead, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
  )`,
]

/** An FTS5 string literal: whatever a term holds, it is one phrase, never syntax (`OR`, `NEAR(`, `*`, `-`, quotes). */
const phrase = (term: string): string => `"${term.replace(/"/g, '""')}"`

const placeholders = (rows: number, columns: number): string =>
  Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ')

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size))

const removeStatements = (ids: string[]): InStatement[] => {
  const list = placeholders(1, ids.length).slice(1, -1)
  return [
    {
      sql: `DELETE FROM ${termsTable} WHERE rowid IN (SELECT rowid FROM ${documentsTable} WHERE article_id IN (${list}))`,
      args: ids,
    },
    { sql: `DELETE FROM ${documentsTable} WHERE article_id IN (${list})`, args: ids },
  ]
}

/**
 * FTS5 over an SQLite file of its own, on a connection of its own. Each write is one batch (one transaction, a
 * handful of multi-row statements per 50 articles: @libsql/client holds ~3.6 KB of native memory per statement until it
 * is collected, bench/README.md). Ranking is FTS5's bm25() with one weight per column: it sums the weighted frequencies
 * of a term across the columns before saturating them, the same BM25F the in-process index computed.
 */
export const sqliteSearchIndex = (payload: Payload): SearchIndexStore => {
  const adapter = payload.db as unknown as { clientConfig: { url: string }; busyTimeout?: number }
  let client: Client | null = null
  const connection = async (): Promise<Client> => {
    if (client) return client
    const opened = createClient({ url: searchIndexUrl(adapter.clientConfig.url) })
    await opened.execute('PRAGMA journal_mode = WAL')
    await opened.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout ?? 20_000}`)
    client = opened
    return opened
  }
  const execute = async (sql: string, args: InArgs = []) => (await connection()).execute({ sql, args })

  const indexedAt = async (ids: string[]): Promise<Map<string, string>> => {
    const rows = await execute(
      `SELECT article_id, updated_at FROM ${documentsTable} WHERE article_id IN (${placeholders(1, ids.length).slice(1, -1)})`,
      ids,
    )
    return new Map(rows.rows.map((row) => [String(row.article_id), String(row.updated_at)]))
  }

  const upsertChunk = async (documents: SearchDocument[]): Promise<void> => {
    const held = await indexedAt(documents.map((document) => document.id))
    // A slower instance (or the start-up rebuild) must not put back an older version than one already indexed.
    const fresh = documents.filter((document) => (held.get(document.id) ?? '') <= isoInstant(document.updatedAt))
    if (fresh.length === 0) return
    const ids = fresh.map((document) => document.id)
    await (
      await connection()
    ).batch(
      [
        ...removeStatements(ids),
        {
          sql: `INSERT INTO ${documentsTable} (article_id, updated_at, caption_ids) VALUES ${placeholders(fresh.length, 3)}`,
          args: fresh.flatMap((document) => [
            document.id,
            isoInstant(document.updatedAt),
            document.captionIds.join(' '),
          ]),
        },
        {
          sql: `INSERT INTO ${termsTable} (rowid, headline, lead, body)
            SELECT d.rowid, v.column2, v.column3, v.column4 FROM (VALUES ${placeholders(fresh.length, 4)}) AS v
            JOIN ${documentsTable} AS d ON d.article_id = v.column1`,
          args: fresh.flatMap((document) => [
            document.id,
            document.headline.join(' '),
            document.lead.join(' '),
            document.body.join(' '),
          ]),
        },
      ],
      'write',
    )
  }

  const match = async (query: TermQuery): Promise<MatchResult> => {
    const groups = [...query.terms.map(phrase), ...query.prefixes.map((prefix) => `${phrase(prefix)}*`)]
    if (groups.length === 0) return { ranked: [] }
    const { headline, lead, body } = query.weights
    // FTS5 has no "at least k of n terms": count per story how many of the terms it matched, one MATCH each. The `+`
    // keeps SQLite from handing the IN list to FTS5 as rowid constraints, which re-ran the MATCH once per story (×20).
    const enough =
      query.needed > 1
        ? `AND +${termsTable}.rowid IN (SELECT rowid FROM (${groups
            .map(() => `SELECT rowid FROM ${termsTable} WHERE ${termsTable} MATCH ?`)
            .join(' UNION ALL ')}) GROUP BY rowid HAVING count(*) >= ?)`
        : ''
    const rows = await execute(
      `SELECT d.article_id AS id, bm25(${termsTable}, ?, ?, ?) AS rank
        FROM ${termsTable} JOIN ${documentsTable} AS d ON d.rowid = ${termsTable}.rowid
        WHERE ${termsTable} MATCH ? ${enough}
        ORDER BY rank, d.article_id LIMIT ?`,
      [headline, lead, body, groups.join(' OR '), ...(query.needed > 1 ? [...groups, query.needed] : []), query.limit],
    )
    return {
      // Six significant digits, not three decimals: FTS5 gives a term in more than half of the stories an idf of 1e-6.
      ranked: rows.rows.map((row) => ({ id: String(row.id), score: Number((-Number(row.rank)).toPrecision(6)) })),
    }
  }

  return {
    kind: 'sqlite-fts5',
    prepare: async () => {
      await (await connection()).batch(schema, 'write')
    },
    upsert: async (documents) => {
      for (const chunk of chunks(documents, rowsPerStatement)) await upsertChunk(chunk)
    },
    remove: async (ids) => {
      for (const chunk of chunks(ids, 500)) await (await connection()).batch(removeStatements(chunk), 'write')
    },
    versions: async () => {
      const rows = await execute(`SELECT article_id, updated_at FROM ${documentsTable}`)
      return new Map(rows.rows.map((row) => [String(row.article_id), String(row.updated_at)]))
    },
    embedding: async (captionId) => {
      const rows = await execute(`SELECT article_id FROM ${documentsTable} WHERE instr(caption_ids, ?) > 0`, [
        captionId,
      ])
      return rows.rows.map((row) => String(row.article_id))
    },
    match,
    stats: async () => {
      const count = await execute(`SELECT count(*) AS n FROM ${documentsTable}`)
      const size = await execute('SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()')
      return { documents: Number(count.rows[0]?.n ?? 0), bytes: Number(size.rows[0]?.bytes ?? 0) }
    },
    clear: async () => {
      await (
        await connection()
      ).batch(
        [`INSERT INTO ${termsTable} (${termsTable}) VALUES ('delete-all')`, `DELETE FROM ${documentsTable}`],
        'write',
      )
    },
    close: async () => {
      client?.close()
      client = null
    },
  }
}
