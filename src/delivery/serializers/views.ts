/**
 * Allow-listed view models: every field a reader may see is named here. Builders in ./viewModels copy them one by one
 * from Payload documents, never spreading one, so fields added to a collection later (workflow state, comments,
 * owners, accounts) stay staff-only until someone adds them here on purpose.
 */
export interface RenditionView {
  name: string
  url: string
  width: number | null
  height: number | null
  mimeType: string | null
  bytes: number | null
}

export interface ImageView {
  id: string
  alt: string
  credit: string | null
  url: string
  width: number | null
  height: number | null
  mimeType: string | null
  bytes: number | null
  /** Percent from the top left (Payload's focal point), null when unknown. */
  focalPoint: { x: number; y: number } | null
  /** thumbnail / card / feature as JPEG, and the same widths as *Webp. */
  renditions: RenditionView[]
}

export interface BrandRef {
  id: string
  slug: string
  name: string
}

export type SectionRef = BrandRef

export interface Feeds {
  rss: string
  atom: string
}

export interface BrandView extends BrandRef {
  kind: 'print' | 'digital'
  siteUrl: string | null
  logo: ImageView | null
  feeds: Feeds
  links: { self: string; articles: string }
}

export interface SectionView extends SectionRef {
  description: string | null
  order: number
  parent: SectionRef | null
  brands: BrandRef[]
  feeds: Feeds
  links: { self: string; articles: string }
  children: SectionView[]
}

export interface ContributorView {
  role: 'reporter' | 'correspondent' | 'photographer' | 'editor'
  name: string
  organisation: string | null
}

export interface PhotoCaptionView {
  id: string
  slug: string
  caption: string
  eventDate: string | null
  eventDateEnd: string | null
  location: string | null
  photographer: string | null
  image: ImageView | null
  brands: BrandRef[]
  sections: SectionRef[]
  createdAt: string
  updatedAt: string
  links: { self: string; ninjs: string }
}

export interface ArticleSummaryView {
  id: string
  slug: string
  /** Canonical reader-facing URL. */
  url: string
  kicker: string | null
  headline: string
  subheadline: string | null
  summary: string | null
  byline: string
  contributors: ContributorView[]
  cover: ImageView | null
  brands: BrandRef[]
  sections: SectionRef[]
  tags: string[]
  publishedAt: string
  updatedAt: string
  links: { self: string; ninjs: string; jsonld: string }
}

export interface ArticleView extends Omit<ArticleSummaryView, 'links'> {
  dateline: string | null
  /** Counts exclude photo captions (as ninjs defines them); words as a Chinese word segmenter counts them. */
  body: { html: string; text: string; charCount: number; wordCount: number }
  /** The photo-caption items embedded in the body, in reading order. */
  photoCaptions: PhotoCaptionView[]
  printEdition: { date: string | null; page: string | null } | null
  links: ArticleSummaryView['links'] & { photoCaptions: string }
}
