/** Absolute URLs for everything the delivery API links to. Pure: built from configured bases, never from a request. */
export interface DeliveryUrls {
  api: (...segments: string[]) => string
  article: (slugOrId: string) => string
  photoCaption: (slugOrId: string) => string
  brand: (slug: string) => string
  section: (slug: string) => string
  /** A story in one channel's form (一稿多签). */
  channelArticle: (channelSlug: string, ref: string) => string
  feeds: (kind: 'brands' | 'sections', slug: string) => { rss: string; atom: string }
  /** Media URLs from Payload may be relative (`/api/media/file/…`); always percent-encoded, so valid as `format: uri`. */
  media: (url: string | null | undefined) => string | null
  /** The reader-facing page: the brand's site when it has one, else this server. */
  canonical: (slug: string, brandSiteUrl: string | null | undefined) => string
}

const encodePath = (segments: string[]): string => segments.map((segment) => encodeURIComponent(segment)).join('/')

const absolute = (url: string, base: string): string | null => {
  try {
    return new URL(url, `${base}/`).href
  } catch {
    return null
  }
}

export const deliveryUrls = ({ apiBase, siteBase }: { apiBase: string; siteBase: string }): DeliveryUrls => {
  const api = (...segments: string[]): string => `${apiBase}/${encodePath(segments)}`
  return {
    api,
    article: (slugOrId) => api('articles', slugOrId),
    photoCaption: (slugOrId) => api('photo-captions', slugOrId),
    brand: (slug) => api('brands', slug),
    section: (slug) => api('sections', slug),
    channelArticle: (channelSlug, ref) => api('channels', channelSlug, 'articles', ref),
    feeds: (kind, slug) => ({ rss: `${api(kind, slug)}/feed.rss`, atom: `${api(kind, slug)}/feed.atom` }),
    media: (url) => (url ? absolute(url, siteBase) : null),
    canonical: (slug, brandSiteUrl) => {
      const path = `articles/${encodeURIComponent(slug)}`
      return (brandSiteUrl && absolute(path, brandSiteUrl.replace(/\/+$/, ''))) || `${siteBase}/${path}`
    },
  }
}
