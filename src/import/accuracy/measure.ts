import { inBothLanguages } from '../../i18n'
import { parseStory } from '../parser/parseStory'
import type { ParseResult } from '../parser/types'
import { compareStructure, type FieldResults } from './compare'
import { STRUCTURE_FIELDS, type CorpusArticle, type StructureField } from './corpus'

export interface ArticleResult {
  article: CorpusArticle
  fields: FieldResults
  /** the parse error, when the parser refused the article */
  error: string | null
  warnings: string[]
}

export interface Tally {
  right: number
  total: number
}

export type FieldTally = Record<StructureField | 'overall', Tally>

/** The fields that make up "bylines" in the wording. */
export const BYLINE_FIELDS: StructureField[] = ['reporters', 'correspondents', 'photographers', 'brands']

export function measureArticle(article: CorpusArticle): ArticleResult {
  let story: ParseResult | null = null
  let error: string | null = null
  try {
    story = parseStory(article.text)
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught)
  }
  const warnings = story?.warnings.map(inBothLanguages) ?? []
  return { article, fields: compareStructure(story, article.expected), error, warnings }
}

/** Right/total per field over some results; `onlyClear` skips fields the article marks ambiguous. */
export function tally(results: ArticleResult[], onlyClear = false): FieldTally {
  const table = Object.fromEntries(
    [...STRUCTURE_FIELDS, 'overall'].map((f) => [f, { right: 0, total: 0 }]),
  ) as FieldTally
  for (const { article, fields } of results) {
    for (const field of STRUCTURE_FIELDS) {
      if (onlyClear && article.ambiguous.includes(field)) continue
      for (const key of [field, 'overall'] as const) {
        table[key].total++
        if (fields[field]) table[key].right++
      }
    }
  }
  return table
}

export function percent({ right, total }: Tally): number {
  return total === 0 ? 100 : Math.round((1000 * right) / total) / 10
}
