import type { DeliveryUrls } from './urls'
import type { ArticleView, ImageView, PhotoCaptionView } from './views'

/** IPTC ninjs 3.2, the parts this newsroom fills. https://www.iptc.org/std/ninjs/ */
export const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#'

export interface NinjsRendition {
  name: string
  href: string
  contentType?: string
  width?: number
  height?: number
  sizeInBytes?: number
  /** Focal point in pixels of this rendition. */
  poi?: { x: number; y: number }
}

interface Described {
  role?: string
  contentType?: string
  value: string
}

export interface NinjsDocument {
  uri: string
  standard?: { name: string; version: string; schema: string }
  type?: 'text' | 'picture'
  representationType?: 'full' | 'partial'
  profile?: string
  firstCreated?: string
  versionCreated?: string
  contentCreated?: string
  pubStatus?: 'usable'
  language?: string
  copyrightHolder?: string
  slugline?: string
  altIds?: { role: string; value: string }[]
  headlines?: Described[]
  by?: string
  located?: string
  people?: { name: string; rel: string }[]
  organisations?: { name: string; rel: string }[]
  places?: { name: string; rel?: string }[]
  infoSources?: { name: string; role: string; uri: string }[]
  subjects?: { name: string; rel: string; uri?: string }[]
  descriptions?: Described[]
  bodies?: (Described & { charCount?: number; wordCount?: number })[]
  renditions?: NinjsRendition[]
  associations?: (NinjsDocument & { name: string; rel?: string })[]
}

const language = 'zh-CN'
const standard = { name: 'ninjs', version: '3.2', schema: ninjsSchemaUri }

/** ninjs has no nulls: absent means unknown. Drops null/undefined and empty arrays, one level deep. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T

const int = (value: number | null): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined

const rendition = (
  name: string,
  href: string,
  width: number | null,
  height: number | null,
  mimeType: string | null,
  bytes: number | null,
  focus: ImageView['focalPoint'],
): NinjsRendition =>
  compact({
    name,
    href,
    contentType: mimeType ?? undefined,
    width: int(width),
    height: int(height),
    sizeInBytes: int(bytes),
    poi:
      focus && width && height
        ? { x: Math.round((width * focus.x) / 100), y: Math.round((height * focus.y) / 100) }
        : undefined,
  })

export const ninjsRenditions = (image: ImageView): NinjsRendition[] => [
  rendition('original', image.url, image.width, image.height, image.mimeType, image.bytes, image.focalPoint),
  ...image.renditions.map((r) => rendition(r.name, r.url, r.width, r.height, r.mimeType, r.bytes, image.focalPoint)),
]

const pictureOfImage = (image: ImageView, versionCreated: string): NinjsDocument =>
  compact({
    uri: image.url,
    type: 'picture' as const,
    representationType: 'full' as const,
    pubStatus: 'usable' as const,
    language,
    versionCreated,
    by: image.credit ?? undefined,
    descriptions: [{ role: 'alt', contentType: 'text/plain', value: image.alt }],
    renditions: ninjsRenditions(image),
  })

export const photoCaptionToNinjs = (item: PhotoCaptionView, urls: DeliveryUrls): NinjsDocument =>
  compact({
    uri: urls.api('photo-captions', item.id),
    standard,
    type: 'picture' as const,
    representationType: 'full' as const,
    firstCreated: item.createdAt,
    versionCreated: item.updatedAt,
    contentCreated: item.eventDate ?? undefined,
    pubStatus: 'usable' as const,
    language,
    slugline: item.slug,
    by: item.photographer ?? item.image?.credit ?? undefined,
    located: item.location ?? undefined,
    places: item.location ? [{ name: item.location, rel: 'located' }] : undefined,
    descriptions: [{ role: 'caption', contentType: 'text/plain', value: item.caption }],
    infoSources: item.brands.map((brand) => ({ name: brand.name, role: 'publisher', uri: urls.brand(brand.slug) })),
    subjects: item.sections.map((section) => ({ name: section.name, rel: 'section', uri: urls.section(section.slug) })),
    renditions: item.image ? ninjsRenditions(item.image) : undefined,
  })

const unique = <T>(values: T[], key: (value: T) => string): T[] => [
  ...new Map(values.map((value) => [key(value), value])).values(),
]

export const articleToNinjs = (article: ArticleView, urls: DeliveryUrls): NinjsDocument => {
  const { charCount, wordCount } = article.body
  const pictures = [
    ...(article.cover
      ? [{ ...pictureOfImage(article.cover, article.updatedAt), name: 'featuremedia', rel: 'cover' }]
      : []),
    ...article.photoCaptions.map((item, index) => ({
      ...photoCaptionToNinjs(item, urls),
      standard: undefined,
      name: `photo-${index + 1}`,
      rel: 'embedded',
    })),
  ].map(compact)
  return compact({
    uri: urls.api('articles', article.id),
    standard,
    type: 'text' as const,
    representationType: 'full' as const,
    profile: pictures.length > 0 ? 'text-photo' : 'text-only',
    firstCreated: article.publishedAt,
    versionCreated: article.updatedAt,
    pubStatus: 'usable' as const,
    language,
    copyrightHolder: article.brands[0]?.name,
    slugline: article.slug,
    altIds: [
      { role: 'slug', value: article.slug },
      { role: 'url', value: article.url },
    ],
    headlines: [
      ...(article.kicker ? [{ role: 'kicker', contentType: 'text/plain', value: article.kicker }] : []),
      { role: 'main', contentType: 'text/plain', value: article.headline },
      ...(article.subheadline ? [{ role: 'subhead', contentType: 'text/plain', value: article.subheadline }] : []),
    ],
    by: article.byline || undefined,
    people: article.contributors.map((person) => ({ name: person.name, rel: person.role })),
    organisations: unique(
      article.contributors.flatMap((person) =>
        person.organisation ? [{ name: person.organisation, rel: 'contributorAffiliation' }] : [],
      ),
      (org) => org.name,
    ),
    infoSources: article.brands.map((brand) => ({ name: brand.name, role: 'publisher', uri: urls.brand(brand.slug) })),
    subjects: [
      ...article.sections.map((section) => ({ name: section.name, rel: 'section', uri: urls.section(section.slug) })),
      ...article.tags.map((tag) => ({ name: tag, rel: 'keyword' })),
    ],
    descriptions: [
      ...(article.summary ? [{ role: 'summary', contentType: 'text/plain', value: article.summary }] : []),
      ...(article.dateline ? [{ role: 'dateline', contentType: 'text/plain', value: article.dateline }] : []),
    ],
    bodies: [
      { role: 'main', contentType: 'text/html', value: article.body.html, charCount, wordCount },
      { role: 'main', contentType: 'text/plain', value: article.body.text, charCount, wordCount },
    ],
    associations: pictures,
  })
}
