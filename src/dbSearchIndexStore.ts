/** One published article as the full-text index holds it: its terms per weight class, already segmented. */
export interface SearchDocument {
  id: string
  /** The live record's `updatedAt`: a write older than what the index holds is skipped, and start-up finds drift. */
  updatedAt: string
  /** Photo-caption items the body embeds: a caption edit re-indexes these articles. */
  captionIds: string[]
  headline: string[]
  lead: string[]
  body: string[]
}

export interface FieldWeights {
  headline: number
  lead: number
  body: number
}

/**
 * A query as index terms. A story matches a term exactly and a prefix through any term starting with it (a lone
 * Han character); it must match at least `needed` of the terms and prefixes together.
 */
export interface TermQuery {
  terms: string[]
  prefixes: string[]
  needed: number
  weights: FieldWeights
  /** How many ranked hits to return, best first. */
  limit: number
}

export interface RankedHit {
  id: string
  score: number
}

/** What a store that cannot rank returns: the matching stories with their weighted frequencies, for the app to rank. */
export interface Candidates {
  documents: number
  averageLength: number
  /** Stories containing each term or prefix. */
  documentFrequency: Map<string, number>
  matches: { id: string; length: number; frequencies: Map<string, number> }[]
}

export type MatchResult = { ranked: RankedHit[] } | { candidates: Candidates }

/**
 * The full-text index of published articles, shared by every instance on one database. Writes are idempotent
 * (upsert and delete per article) so any instance may apply any change, in any number.
 */
export interface SearchIndexStore {
  kind: 'sqlite-fts5' | 'mongodb-postings'
  /** Creates what is missing (tables, indexes); safe to run on every start and by several instances at once. */
  prepare: () => Promise<void>
  upsert: (documents: SearchDocument[]) => Promise<void>
  remove: (ids: string[]) => Promise<void>
  /** Every indexed article with the `updatedAt` it was indexed at. */
  versions: () => Promise<Map<string, string>>
  /** Indexed articles whose body embeds this photo-caption item. */
  embedding: (captionId: string) => Promise<string[]>
  match: (query: TermQuery) => Promise<MatchResult>
  stats: () => Promise<{ documents: number; bytes: number | null }>
  clear: () => Promise<void>
  close: () => Promise<void>
}
