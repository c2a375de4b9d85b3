import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** What a careful reader finds in one article of the corpus; see tests/import/corpus/manifest.json. */
export interface ExpectedStructure {
  kicker: string | null
  headline: string
  subheadline: string | null
  dateline: string | null
  reporters: string[]
  correspondents: string[]
  photographers: string[]
  brands: string[]
  /** `text` is the start of the caption as printed; `credit` exactly */
  captions: { text: string; credit: string | null }[]
  intertitles: string[]
  paragraphs: number
}

export type StructureField = keyof ExpectedStructure

export const STRUCTURE_FIELDS: StructureField[] = [
  'kicker',
  'headline',
  'subheadline',
  'dateline',
  'reporters',
  'correspondents',
  'photographers',
  'brands',
  'captions',
  'intertitles',
  'paragraphs',
]

export interface CorpusArticle {
  file: string
  paper: string
  source: string
  layout: string
  heldOut: boolean
  truncated: boolean
  /** fields a careful reader could read two ways (decided by the rules in docs/import.md) */
  ambiguous: StructureField[]
  expected: ExpectedStructure
  text: string
}

type ManifestEntry = Omit<CorpusArticle, 'expected' | 'text'> & { expected: Partial<ExpectedStructure> }

/** Reads the manifest and every article's text from a corpus folder. */
export async function loadCorpus(folder: string): Promise<CorpusArticle[]> {
  const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as {
    articles: ManifestEntry[]
  }
  return Promise.all(
    manifest.articles.map(async (entry) => ({
      ...entry,
      ambiguous: entry.ambiguous ?? [],
      expected: withDefaults(entry.expected),
      text: await readFile(path.join(folder, entry.file), 'utf8'),
    })),
  )
}

function withDefaults(partial: Partial<ExpectedStructure>): ExpectedStructure {
  return {
    kicker: null,
    subheadline: null,
    dateline: null,
    reporters: [],
    correspondents: [],
    photographers: [],
    brands: [],
    captions: [],
    intertitles: [],
    paragraphs: 0,
    headline: '',
    ...partial,
  }
}
