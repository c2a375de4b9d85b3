import { queryTerms, terms } from './segment'

/**
 * An in-process inverted index with BM25 ranking, for published articles only.
 *
 * Fields are weighted by repeating their terms: headline block ×3, summary/tags/intertitles ×2, body and captions ×1
 * (BM25 over one weighted field, a simple BM25F). The headline and lead go through the word segmenter, bodies only
 * through bigrams (the segmenter is ten times slower and adds little there). A posting is one small integer,
 * ordinal × 1024 + weighted term frequency, in a plain array per term; re-indexing a document gives it a new ordinal
 * and leaves the old one dead until compaction.
 *
 * Memory, measured (tests/delivery notes in the report): ~8–10 bytes per (term, document) pair plus ~100 bytes per
 * distinct term. A 3,000-character Chinese story has ~1,600 distinct bigrams: ~16 KB per story, so the default cap
 * of 5,000 newest stories (DELIVERY_SEARCH_MAX_DOCS) stays under ~100 MB, far less for short news. Beyond that, use a
 * search engine (OpenSearch with an ICU or smartcn analyzer) behind the same route.
 */
export interface IndexedText {
  /** Kicker, headline and subheadline. */
  headline: string
  /** Summary, tags, intertitles. */
  lead: string
  /** Paragraphs and photo captions. */
  body: string
}

export interface SearchHit {
  id: string
  score: number
}

const weights: [keyof IndexedText, number, boolean][] = [
  ['headline', 3, true],
  ['lead', 2, true],
  ['body', 1, false],
]
// Packing (ordinal, frequency) into one integer keeps postings in V8's small-integer arrays.
const frequencyBits = 1024
const maxOrdinal = 2 ** 21
const k1 = 1.2
const b = 0.75
const maxSingleExpansion = 64

interface DocSlot {
  id: string
  length: number
}

export class SearchIndex {
  private postings = new Map<string, number[]>()
  private slots: (DocSlot | null)[] = []
  private ordinals = new Map<string, number>()
  private totalLength = 0
  private dead = 0

  get size(): number {
    return this.ordinals.size
  }

  has(id: string): boolean {
    return this.ordinals.has(id)
  }

  ids(): string[] {
    return [...this.ordinals.keys()]
  }

  add(id: string, text: IndexedText): void {
    this.remove(id)
    const frequencies = new Map<string, number>()
    let length = 0
    for (const [field, weight, segment] of weights) {
      for (const term of terms(text[field], { segment })) {
        frequencies.set(term, (frequencies.get(term) ?? 0) + weight)
        length += weight
      }
    }
    if (this.slots.length >= maxOrdinal) this.compact()
    const ordinal = this.slots.length
    this.slots.push({ id, length })
    this.ordinals.set(id, ordinal)
    this.totalLength += length
    for (const [term, frequency] of frequencies) {
      let list = this.postings.get(term)
      if (!list) this.postings.set(term, (list = []))
      list.push(ordinal * frequencyBits + Math.min(frequency, frequencyBits - 1))
    }
  }

  remove(id: string): void {
    const ordinal = this.ordinals.get(id)
    if (ordinal === undefined) return
    this.totalLength -= this.slots[ordinal]?.length ?? 0
    this.slots[ordinal] = null
    this.ordinals.delete(id)
    this.dead++
    if (this.dead > 1_000 && this.dead > this.ordinals.size) this.compact()
  }

  clear(): void {
    this.postings = new Map()
    this.slots = []
    this.ordinals = new Map()
    this.totalLength = 0
    this.dead = 0
  }

  /**
   * Ranked hits. A document must contain at least half of the query's terms, so a long query does not match every
   * story that shares one common bigram with it.
   */
  search(query: string): SearchHit[] {
    const live = this.ordinals.size
    if (live === 0) return []
    const { terms: queryTermList, singles } = queryTerms(query)
    const groups: string[][] = queryTermList.map((term) => [term])
    for (const char of singles) {
      const expansion = [...this.postings.keys()].filter((term) => term.includes(char)).slice(0, maxSingleExpansion)
      if (expansion.length > 0) groups.push(expansion)
    }
    if (groups.length === 0) return []
    const averageLength = this.totalLength / live || 1
    const scores = new Map<number, { score: number; matched: number }>()
    for (const group of groups) {
      const seen = new Set<number>()
      for (const term of group) {
        const list = this.postings.get(term)
        if (!list) continue
        let documentFrequency = 0
        for (const posting of list) if (this.slots[Math.floor(posting / frequencyBits)]) documentFrequency++
        const idf = Math.log(1 + (live - documentFrequency + 0.5) / (documentFrequency + 0.5))
        for (const posting of list) {
          const ordinal = Math.floor(posting / frequencyBits)
          const slot = this.slots[ordinal]
          if (!slot) continue
          const frequency = posting % frequencyBits
          const score = (idf * frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * slot.length) / averageLength))
          const entry = scores.get(ordinal) ?? { score: 0, matched: 0 }
          entry.score += score
          if (!seen.has(ordinal)) entry.matched++
          seen.add(ordinal)
          scores.set(ordinal, entry)
        }
      }
    }
    const needed = Math.ceil(groups.length / 2)
    return [...scores.entries()]
      .filter(([, entry]) => entry.matched >= needed)
      .map(([ordinal, entry]) => ({
        id: (this.slots[ordinal] as DocSlot).id,
        score: Math.round(entry.score * 1000) / 1000,
      }))
      .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
  }

  stats(): { documents: number; terms: number; postings: number; approxBytes: number } {
    let postings = 0
    for (const list of this.postings.values()) postings += list.length
    return {
      documents: this.ordinals.size,
      terms: this.postings.size,
      postings,
      approxBytes: postings * 10 + this.postings.size * 100,
    }
  }

  /** Drops dead ordinals from every posting list and renumbers the live ones densely. */
  private compact(): void {
    const renumber = new Map<number, number>()
    const slots: DocSlot[] = []
    this.slots.forEach((slot, ordinal) => {
      if (!slot) return
      renumber.set(ordinal, slots.length)
      slots.push(slot)
    })
    for (const [term, list] of this.postings) {
      const kept: number[] = []
      for (const posting of list) {
        const ordinal = renumber.get(Math.floor(posting / frequencyBits))
        if (ordinal !== undefined) kept.push(ordinal * frequencyBits + (posting % frequencyBits))
      }
      if (kept.length > 0) this.postings.set(term, kept)
      else this.postings.delete(term)
    }
    this.slots = slots
    this.ordinals = new Map(slots.map((slot, ordinal) => [slot.id, ordinal]))
    this.dead = 0
  }
}
