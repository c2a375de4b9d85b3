import type { Label } from '../../i18n'

export type ContributorRole = 'reporter' | 'correspondent' | 'photographer' | 'editor'

export interface ParsedContributor {
  role: ContributorRole
  name: string
  organisation: string | null
}

export interface CaptionBlock {
  type: 'caption'
  text: string
  date: string | null
  dateEnd: string | null
  credit: string | null
  line: number
}

export type BodyBlock = { type: 'paragraph'; text: string } | { type: 'intertitle'; text: string } | CaptionBlock

export interface ParsedStory {
  kicker: string | null
  headline: string
  /** without the leading "——" */
  subheadline: string | null
  /** the byline as printed, without "□", whitespace normalised */
  byline: string | null
  brands: string[]
  contributors: ParsedContributor[]
  /** e.g. "本报12月9日讯", removed from the first paragraph's text */
  dateline: string | null
  body: BodyBlock[]
}

/** What parseStory returns: the story and what the parser had to decide on its own. */
export interface ParseResult extends ParsedStory {
  /** { en: "two title lines, took the second as the headline …", zh: "两行标题，第二行作为主题…" } … */
  warnings: Label[]
}

export interface DryRunStory {
  file: string
  kicker: string | null
  headline: string
  subheadline: string | null
  byline: string | null
  brands: string[]
  contributors: { role: ContributorRole; name: string }[]
  dateline: string | null
  intertitles: string[]
  captions: { text: string; date: string | null; credit: string | null }[]
  paragraphs: string[]
  /** each 'English / 中文' */
  warnings: string[]
}

/** A non-empty, normalised line of the input with its 1-based line number. */
export interface SourceLine {
  text: string
  line: number
}
