import type { ArticleView, BrandView, ImageView } from './views'

/** schema.org NewsArticle as JSON-LD, for search engines and link previews. */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org'
  '@type': 'NewsArticle'
  '@id': string
  url: string
  headline: string
  alternativeHeadline?: string
  description?: string
  author: (
    | { '@type': 'Person'; name: string; affiliation?: { '@type': 'Organization'; name: string } }
    | { '@type': 'Organization'; name: string }
  )[]
  datePublished: string
  dateModified: string
  image: string[]
  articleSection: string[]
  keywords?: string[]
  inLanguage: 'zh-CN'
  dateline?: string
  printEdition?: string
  printPage?: string
  wordCount: number
  isAccessibleForFree: true
  publisher: {
    '@type': 'Organization'
    name: string
    url?: string
    logo?: { '@type': 'ImageObject'; url: string; width?: number; height?: number }
  }
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string }
}

/** Largest first: search engines pick the best fit. */
const imageUrls = (image: ImageView | null): string[] => {
  if (!image) return []
  const jpegs = image.renditions
    .filter((rendition) => !rendition.name.endsWith('Webp'))
    .sort((a, b) => (b.width ?? 0) - (a.width ?? 0))
  return [...new Set([...jpegs.map((rendition) => rendition.url), image.url])]
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

/** `publisher` is the article's first brand; without one, the newsroom itself under `fallbackPublisher`. */
export const articleToJsonLd = (
  article: ArticleView,
  publisher: BrandView | null,
  fallbackPublisher = '新闻编辑部',
): NewsArticleJsonLd => {
  const lead = article.cover ?? article.photoCaptions.find((item) => item.image)?.image ?? null
  const people = article.contributors.filter((person) => person.role !== 'editor')
  return defined({
    '@context': 'https://schema.org' as const,
    '@type': 'NewsArticle' as const,
    '@id': `${article.url}#article`,
    url: article.url,
    headline: article.headline,
    alternativeHeadline: article.subheadline ?? article.kicker ?? undefined,
    description: article.summary ?? undefined,
    author:
      people.length > 0
        ? people.map((person) =>
            defined({
              '@type': 'Person' as const,
              name: person.name,
              affiliation: person.organisation
                ? { '@type': 'Organization' as const, name: person.organisation }
                : undefined,
            }),
          )
        : [{ '@type': 'Organization' as const, name: publisher?.name ?? fallbackPublisher }],
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    image: imageUrls(lead),
    articleSection: article.sections.map((section) => section.name),
    keywords: article.tags.length > 0 ? article.tags : undefined,
    inLanguage: 'zh-CN' as const,
    dateline: article.dateline ?? undefined,
    printEdition: article.printEdition?.date ?? undefined,
    printPage: article.printEdition?.page ?? undefined,
    wordCount: article.body.wordCount,
    isAccessibleForFree: true as const,
    publisher: defined({
      '@type': 'Organization' as const,
      name: publisher?.name ?? fallbackPublisher,
      url: publisher?.siteUrl ?? undefined,
      logo: publisher?.logo
        ? defined({
            '@type': 'ImageObject' as const,
            url: publisher.logo.url,
            width: publisher.logo.width ?? undefined,
            height: publisher.logo.height ?? undefined,
          })
        : undefined,
    }),
    mainEntityOfPage: { '@type': 'WebPage' as const, '@id': article.url },
  })
}
