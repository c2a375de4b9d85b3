import { imageSizes } from '../../collections/Media/imageSizes'
import { renderByline, type BylineContributor } from '../../collections/Articles/renderByline'
import type { Media } from '../../payload-types'
import { words } from '../search/segment'
import { parseBody, type BodyNode } from './body'
import { renderHtml } from './html'
import { renderPlainText } from './plainText'
import type {
  ArticleRecord,
  ArticleSummaryRecord,
  BrandRecord,
  Embeds,
  MediaRecord,
  PhotoCaptionRecord,
  SectionRecord,
  Taxonomy,
} from './records'
import type { DeliveryUrls } from './urls'
import type {
  ArticleSummaryView,
  ArticleView,
  BrandRef,
  BrandView,
  ContributorView,
  ImageView,
  PhotoCaptionView,
  RenditionView,
  SectionRef,
  SectionView,
} from './views'
import { relationId, relationIds } from '../../utilities/relationId'

/** Builders of the allow-listed views (./views) from loaded records (./records). Pure. */

const orNull = (value: string | null | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null
const isoOrNull = (value: string | null | undefined): string | null => {
  const time = value ? Date.parse(value) : NaN
  return Number.isFinite(time) ? new Date(time).toISOString() : null
}

type SizeName = keyof NonNullable<Media['sizes']>
const renditionNames = imageSizes.map((size) => size.name) as SizeName[]

export const toImage = (media: MediaRecord | undefined, urls: DeliveryUrls): ImageView | null => {
  const url = media ? urls.media(media.url) : null
  if (!media || !url) return null
  const renditions = renditionNames.flatMap((name): RenditionView[] => {
    const size = media.sizes?.[name]
    const sizeUrl = urls.media(size?.url)
    return size && sizeUrl
      ? [
          {
            name,
            url: sizeUrl,
            width: size.width ?? null,
            height: size.height ?? null,
            mimeType: size.mimeType ?? null,
            bytes: size.filesize ?? null,
          },
        ]
      : []
  })
  const hasFocus = typeof media.focalX === 'number' && typeof media.focalY === 'number'
  return {
    id: media.id,
    alt: media.alt,
    credit: orNull(media.credit),
    url,
    width: media.width ?? null,
    height: media.height ?? null,
    mimeType: media.mimeType ?? null,
    bytes: media.filesize ?? null,
    focalPoint: hasFocus ? { x: media.focalX as number, y: media.focalY as number } : null,
    renditions,
  }
}

const mediaOf = (value: unknown, ...maps: Map<string, MediaRecord>[]): MediaRecord | undefined => {
  const id = relationId(value)
  return id ? maps.map((map) => map.get(id)).find(Boolean) : undefined
}

export const brandRef = (brand: BrandRecord): BrandRef => ({
  id: brand.id,
  slug: brand.slug || brand.id,
  name: brand.name,
})
export const sectionRef = (section: SectionRecord): SectionRef => ({
  id: section.id,
  slug: section.slug || section.id,
  name: section.name,
})

const brandRefs = (values: unknown[] | null | undefined, taxonomy: Taxonomy): BrandRef[] =>
  relationIds(values).flatMap((id) => {
    const brand = taxonomy.brands.get(id)
    return brand ? [brandRef(brand)] : []
  })

const sectionRefs = (values: unknown[] | null | undefined, taxonomy: Taxonomy): SectionRef[] =>
  relationIds(values).flatMap((id) => {
    const section = taxonomy.sections.get(id)
    return section ? [sectionRef(section)] : []
  })

export const toBrand = (brand: BrandRecord, taxonomy: Taxonomy, urls: DeliveryUrls): BrandView => {
  const ref = brandRef(brand)
  return {
    ...ref,
    kind: brand.kind,
    siteUrl: orNull(brand.siteUrl),
    logo: toImage(mediaOf(brand.logo, taxonomy.media), urls),
    feeds: urls.feeds('brands', ref.slug),
    links: { self: urls.brand(ref.slug), articles: `${urls.brand(ref.slug)}/articles` },
  }
}

export const toSection = (
  section: SectionRecord,
  taxonomy: Taxonomy,
  urls: DeliveryUrls,
  children: SectionView[] = [],
): SectionView => {
  const ref = sectionRef(section)
  const parentId = relationId(section.parent)
  const parent = parentId ? taxonomy.sections.get(parentId) : undefined
  return {
    ...ref,
    description: orNull(section.description),
    order: section.order ?? 0,
    parent: parent ? sectionRef(parent) : null,
    brands: brandRefs(section.brands, taxonomy),
    feeds: urls.feeds('sections', ref.slug),
    links: { self: urls.section(ref.slug), articles: `${urls.section(ref.slug)}/articles` },
    children,
  }
}

export const toPhotoCaption = (
  item: PhotoCaptionRecord,
  media: Map<string, MediaRecord>,
  taxonomy: Taxonomy,
  urls: DeliveryUrls,
): PhotoCaptionView => {
  const slug = item.slug || item.id
  return {
    id: item.id,
    slug,
    caption: item.caption,
    eventDate: isoOrNull(item.eventDate),
    eventDateEnd: isoOrNull(item.eventDateEnd),
    location: orNull(item.location),
    photographer: orNull(item.photographer),
    image: toImage(mediaOf(item.image, media), urls),
    brands: brandRefs(item.brands, taxonomy),
    sections: sectionRefs(item.sections, taxonomy),
    createdAt: isoOrNull(item.createdAt) ?? item.createdAt,
    updatedAt: isoOrNull(item.updatedAt) ?? item.updatedAt,
    links: { self: urls.photoCaption(slug), ninjs: `${urls.photoCaption(slug)}?format=ninjs` },
  }
}

const contributorsOf = (article: ArticleSummaryRecord): ContributorView[] =>
  (article.contributors ?? []).map(({ role, name, organisation }) => ({
    role,
    name,
    organisation: orNull(organisation),
  }))

const bylineOf = (article: ArticleSummaryRecord, taxonomy: Taxonomy): string => {
  if (article.byline) return article.byline
  const labels = relationIds(article.brands).flatMap((id) => {
    const brand = taxonomy.brands.get(id)
    return brand ? [brand.bylineLabel || brand.name] : []
  })
  return renderByline((article.contributors ?? []) as BylineContributor[], labels)
}

export const toArticleSummary = (
  article: ArticleSummaryRecord,
  media: Map<string, MediaRecord>,
  taxonomy: Taxonomy,
  urls: DeliveryUrls,
): ArticleSummaryView => {
  const slug = article.slug || article.id
  const siteUrl = relationIds(article.brands)
    .map((id) => orNull(taxonomy.brands.get(id)?.siteUrl))
    .find(Boolean)
  const self = urls.article(slug)
  return {
    id: article.id,
    slug,
    url: urls.canonical(slug, siteUrl),
    kicker: orNull(article.kicker),
    headline: article.headline,
    subheadline: orNull(article.subheadline),
    summary: orNull(article.summary),
    byline: bylineOf(article, taxonomy),
    contributors: contributorsOf(article),
    cover: toImage(mediaOf(article.cover, media), urls),
    brands: brandRefs(article.brands, taxonomy),
    sections: sectionRefs(article.sections, taxonomy),
    tags: (article.tags ?? []).filter((tag) => tag.trim() !== ''),
    publishedAt: isoOrNull(article.publishedAt) ?? isoOrNull(article.createdAt) ?? article.createdAt,
    updatedAt: isoOrNull(article.updatedAt) ?? article.updatedAt,
    links: { self, ninjs: `${self}?format=ninjs`, jsonld: `${self}?format=jsonld` },
  }
}

export const embeddedPhotoCaptions = (
  nodes: BodyNode[],
  embeds: Embeds,
  taxonomy: Taxonomy,
  urls: DeliveryUrls,
): Map<string, PhotoCaptionView> => {
  const views = new Map<string, PhotoCaptionView>()
  for (const node of nodes) {
    const item = node.kind === 'photoCaption' ? embeds.photoCaptions.get(node.id) : undefined
    if (item && !views.has(item.id)) views.set(item.id, toPhotoCaption(item, embeds.media, taxonomy, urls))
  }
  return views
}

export const toArticle = (
  article: ArticleRecord,
  embeds: Embeds,
  taxonomy: Taxonomy,
  urls: DeliveryUrls,
): ArticleView => {
  const summary = toArticleSummary(article, embeds.media, taxonomy, urls)
  const nodes = parseBody(article.body)
  const photoCaptions = embeddedPhotoCaptions(nodes, embeds, taxonomy, urls)
  const images = new Map<string, ImageView>()
  for (const node of nodes) {
    const image = node.kind === 'image' ? toImage(embeds.media.get(node.mediaId), urls) : null
    if (image) images.set(image.id, image)
  }
  const rendered = { photoCaptions, images }
  const prose = renderPlainText(nodes, rendered, { captions: false })
  const print = article.printEdition
  return {
    ...summary,
    dateline: orNull(article.dateline),
    body: {
      html: renderHtml(nodes, rendered),
      text: renderPlainText(nodes, rendered),
      charCount: [...prose.replace(/\s+/g, '')].length,
      wordCount: words(prose).length,
    },
    photoCaptions: [...photoCaptions.values()],
    printEdition:
      print && (print.date || print.page)
        ? { date: isoOrNull(print.date)?.slice(0, 10) ?? null, page: orNull(print.page) }
        : null,
    links: { ...summary.links, photoCaptions: `${summary.links.self}/photo-captions` },
  }
}
