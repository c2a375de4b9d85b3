import type { Payload } from 'payload'

import type { Candidates, MatchResult, SearchDocument, SearchIndexStore, TermQuery } from './dbSearchIndexStore'
import { isoInstant } from './utilities/instant'

interface Posting {
  t: string
  f: number
}

interface IndexedArticle {
  article: string
  updatedAt: string
  captionIds: string[]
  /** Weighted length: headline terms count thrice, lead twice, body once (what the ranking normalises by). */
  length: number
  postings: Posting[]
}

interface Collection {
  createIndex: (keys: object, options?: object) => Promise<unknown>
  bulkWrite: (operations: object[], options: object) => Promise<unknown>
  deleteMany: (filter: object) => Promise<unknown>
  find: (filter: object, options?: object) => { toArray: () => Promise<IndexedArticle[]> }
  countDocuments: (filter: object) => Promise<number>
  aggregate: (pipeline: object[]) => { toArray: () => Promise<Record<string, unknown>[]> }
}

const collectionName = 'search_articles_v1'

/** Per story, each distinct term once with its weighted frequency: the same numbers the in-process index kept. */
const postingsOf = (
  document: SearchDocument,
  weights: TermQuery['weights'],
): { length: number; postings: Posting[] } => {
  const frequencies = new Map<string, number>()
  let length = 0
  for (const [field, weight] of [
    ['headline', weights.headline],
    ['lead', weights.lead],
    ['body', weights.body],
  ] as const) {
    for (const term of document[field]) frequencies.set(term, (frequencies.get(term) ?? 0) + weight)
    length += document[field].length * weight
  }
  return { length, postings: [...frequencies].map(([t, f]) => ({ t, f })) }
}

const startsWith = (prefix: string) => ({ $eq: [{ $substrCP: ['$$p.t', 0, [...prefix].length] }, prefix] })
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * MongoDB: one document per article with its postings (term, weighted frequency) and a multikey index on the terms;
 * the database finds the stories holding any query term, the app ranks them (BM25F, as before). `$text` was not the
 * choice: it splits only at spaces and punctuation (no Chinese), scores without inverse document frequency, and
 * cannot ask for "half of the terms"; the in-memory wire server the tests run on (Congo, mingo) has no `$text` either.
 * Indexing weights are fixed here at 3/2/1, the classes' weights at query time are ignored.
 */
export const mongoSearchIndex = (payload: Payload): SearchIndexStore => {
  const collection = (): Collection =>
    (payload.db as unknown as { connection: { collection: (name: string) => Collection } }).connection.collection(
      collectionName,
    )
  const indexWeights = { headline: 3, lead: 2, body: 1 }
  // Counting all stories and their lengths is a scan: done at most once a minute.
  let corpus: { at: number; documents: number; averageLength: number } | null = null
  const corpusStats = async () => {
    if (corpus && Date.now() - corpus.at < 60_000) return corpus
    const [row] = await collection()
      .aggregate([{ $group: { _id: null, documents: { $sum: 1 }, length: { $sum: '$length' } } }])
      .toArray()
    const documents = Number(row?.documents ?? 0)
    corpus = { at: Date.now(), documents, averageLength: documents ? Number(row?.length ?? 0) / documents : 1 }
    return corpus
  }

  const match = async (query: TermQuery): Promise<MatchResult> => {
    const groups = [...query.terms, ...query.prefixes]
    const filter = {
      $or: [
        ...(query.terms.length > 0 ? [{ 'postings.t': { $in: query.terms } }] : []),
        ...query.prefixes.map((prefix) => ({ 'postings.t': { $regex: `^${escapeRegex(prefix)}` } })),
      ],
    }
    if (groups.length === 0) return { ranked: [] }
    const rows = await collection()
      .aggregate([
        { $match: filter },
        {
          $project: {
            article: 1,
            length: 1,
            postings: {
              $filter: {
                input: '$postings',
                as: 'p',
                cond: { $or: [{ $in: ['$$p.t', query.terms] }, ...query.prefixes.map(startsWith)] },
              },
            },
          },
        },
      ])
      .toArray()
    const documentFrequency = new Map<string, number>()
    const matches: Candidates['matches'] = rows.map((row) => {
      const frequencies = new Map<string, number>()
      for (const posting of row.postings as Posting[]) {
        const group = query.terms.includes(posting.t)
          ? posting.t
          : (query.prefixes.find((prefix) => posting.t.startsWith(prefix)) ?? posting.t)
        frequencies.set(group, (frequencies.get(group) ?? 0) + posting.f)
      }
      for (const group of frequencies.keys()) documentFrequency.set(group, (documentFrequency.get(group) ?? 0) + 1)
      return { id: String(row.article), length: Number(row.length), frequencies }
    })
    const { documents, averageLength } = await corpusStats()
    return { candidates: { documents, averageLength, documentFrequency, matches } }
  }

  return {
    kind: 'mongodb-postings',
    prepare: async () => {
      await collection().createIndex({ article: 1 }, { unique: true })
      await collection().createIndex({ 'postings.t': 1 })
      await collection().createIndex({ captionIds: 1 })
    },
    upsert: async (documents) => {
      if (documents.length === 0) return
      const held = new Map(
        (
          await collection()
            .find(
              { article: { $in: documents.map((document) => document.id) } },
              { projection: { article: 1, updatedAt: 1 } },
            )
            .toArray()
        ).map((row) => [row.article, row.updatedAt]),
      )
      // A slower instance (or the start-up rebuild) must not put back an older version than one already indexed.
      const fresh = documents.filter((document) => (held.get(document.id) ?? '') <= isoInstant(document.updatedAt))
      const operations = fresh.map((document) => ({
        replaceOne: {
          filter: { article: document.id },
          replacement: {
            article: document.id,
            updatedAt: isoInstant(document.updatedAt),
            captionIds: document.captionIds,
            ...postingsOf(document, indexWeights),
          },
          upsert: true,
        },
      }))
      if (operations.length === 0) return
      // Two instances inserting one new article at once: the unique index lets one win, the other's copy is the same.
      await collection()
        .bulkWrite(operations, { ordered: false })
        .catch((error: { writeErrors?: { code?: number }[] }) => {
          const errors = error.writeErrors ?? []
          if (errors.length === 0 || errors.some((entry) => entry.code !== 11000)) throw error
        })
    },
    remove: async (ids) => {
      if (ids.length > 0) await collection().deleteMany({ article: { $in: ids } })
    },
    versions: async () => {
      const rows = await collection()
        .find({}, { projection: { article: 1, updatedAt: 1 } })
        .toArray()
      return new Map(rows.map((row) => [row.article, String(row.updatedAt)]))
    },
    embedding: async (captionId) => {
      const rows = await collection()
        .find({ captionIds: captionId }, { projection: { article: 1 } })
        .toArray()
      return rows.map((row) => row.article)
    },
    match,
    stats: async () => ({ documents: await collection().countDocuments({}), bytes: null }),
    clear: async () => {
      await collection().deleteMany({})
    },
    close: async () => undefined,
  }
}
