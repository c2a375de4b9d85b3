import type { Candidates, RankedHit } from '../../dbSearchIndex'

const k1 = 1.2
const b = 0.75

/**
 * BM25 over weighted frequencies, exactly as the in-process index scored (index.ts): for stores that find matching
 * stories but cannot rank them (MongoDB). A story must match `needed` of the query's terms and prefixes.
 */
export const rankCandidates = (candidates: Candidates, needed: number, limit: number): RankedHit[] => {
  const { documents, averageLength, documentFrequency, matches } = candidates
  const live = Math.max(documents, matches.length, 1)
  const idf = new Map(
    [...documentFrequency].map(([group, frequency]) => [
      group,
      Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5)),
    ]),
  )
  return matches
    .filter((match) => match.frequencies.size >= needed)
    .map((match) => {
      let score = 0
      for (const [group, frequency] of match.frequencies) {
        const norm = k1 * (1 - b + (b * match.length) / (averageLength || 1))
        score += ((idf.get(group) ?? 0) * frequency * (k1 + 1)) / (frequency + norm)
      }
      return { id: match.id, score: Math.round(score * 1000) / 1000 }
    })
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
    .slice(0, limit)
}
