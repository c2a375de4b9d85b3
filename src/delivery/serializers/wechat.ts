import type { ChannelArticle } from '../../channels/types'
import { escapeHtml, stripControl } from './escape'
import type { ImageView } from './views'

/**
 * A composed variant as a WeChat official-account draft: the request body of `draft/add`
 * (https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Add_draft.html). WeChat runs no script, has no
 * stylesheet and shows only images uploaded to it, so the body's HTML (renderHtml's closed vocabulary) is rewritten
 * element by element from an allow-list: anything not on it loses its tag and keeps its text, scripts and frames go
 * with their content, every text and attribute is escaped again.
 */

/** One article of draft/add, field names as WeChat spells them. */
export interface WechatDraftArticle {
  title: string
  author: string
  digest: string
  content: string
  content_source_url: string
  thumb_media_id: string
  need_open_comment: 0 | 1
  only_fans_can_comment: 0 | 1
}

export interface WechatDraft {
  /** The body of draft/add, to post as it is once `thumb_media_id` holds the uploaded cover's media id. */
  payload: { articles: WechatDraftArticle[] }
  /**
   * Body images removed from `content` because WeChat would not show them, each once, in reading order: upload each
   * (uploadimg) and call again with the URLs WeChat returned as `rehosted`.
   */
  rehost: string[]
  /** The image to upload as a permanent material for `thumb_media_id`; null when the story has no cover. */
  cover: { url: string } | null
}

export interface WechatDraftOptions {
  /** Hosts whose images WeChat shows: exact ("mmbiz.qpic.cn") or any subdomain ("*.qpic.cn"). Empty: all. */
  imageHosts: string[]
  /** 阅读原文: the story's web address; anything but an http(s) URL leaves it out. */
  sourceUrl: string | null
  /** The cover's permanent media id, once uploaded; until then the placeholder below. */
  thumbMediaId?: string
  /** Images already uploaded: the URL reported in `rehost` → the URL WeChat gave for it. */
  rehosted?: ReadonlyMap<string, string>
}

/** What `thumb_media_id` holds until the integration has uploaded the cover and replaces it. */
export const thumbMediaIdPlaceholder = '{{thumb_media_id}}'

const httpUrl = (value: string): URL | null => {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null
  } catch {
    return null
  }
}

/**
 * Whether WeChat shows an image from this URL: its host, as a URL parser reads it (not as the text starts), listed,
 * on the default port (the rule of preflight's isHostedOn, so what preflight passes is what stays in the content).
 */
export const isImageHostAllowed = (url: string, imageHosts: string[]): boolean => {
  const parsed = httpUrl(url)
  if (!parsed) return false
  if (imageHosts.length === 0) return true
  if (parsed.port !== '') return false
  const host = parsed.hostname
  return imageHosts.some((listed) => {
    const pattern = listed.trim().toLowerCase()
    // "*.qpic.cn" is any subdomain of qpic.cn: the host must end in ".qpic.cn", so "qpic.cn.evil.com" does not.
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern
  })
}

/** The largest JPEG rendition (WeChat takes JPEG and PNG, not WebP), or the original when there is none. */
export const largestRendition = (image: ImageView): string =>
  image.renditions
    .filter((rendition) => !rendition.name.endsWith('Webp') && rendition.mimeType !== 'image/webp')
    .reduce<{ url: string; width: number }>(
      (best, rendition) =>
        (rendition.width ?? 0) > best.width ? { url: rendition.url, width: rendition.width ?? 0 } : best,
      { url: image.url, width: 0 },
    ).url

const element = (tag: string, style?: string) => ({
  open: `<${tag}${style ? ` style="${style}"` : ''}>`,
  close: `</${tag}>`,
})
/** Elements WeChat keeps, by the name renderHtml writes, and what each becomes. Classes go: WeChat has no stylesheet. */
const kept = new Map([
  ...['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'span'].map(
    (tag) => [tag, element(tag)] as const,
  ),
  ...['strong', 'em', 's', 'u', 'code', 'sub', 'sup'].map((tag) => [tag, element(tag)] as const),
  // WeChat's own editor writes sections and paragraphs: figures come out as it would write them, captions styled inline.
  ['figure', element('section')],
  ['figcaption', element('p', 'font-size:14px;color:#888888;text-align:center')],
  ['footer', element('p', 'text-align:right')],
])
const voids = new Map([
  ['br', '<br>'],
  ['hr', '<hr>'],
])
/** Gone with everything inside them. */
const dropped = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'noscript', 'template', 'object', 'svg'])
/** Void elements that go (a <picture>'s WebP <source>, and what no body should hold). */
const droppedVoids = new Set(['source', 'embed', 'input', 'link', 'meta', 'base', 'param', 'track', 'wbr', 'area'])

/** WeChat links only to its own articles; other links keep their text. */
const wechatLink = (href: string | undefined): string | null => {
  const url = href ? httpUrl(href) : null
  return url?.hostname === 'mp.weixin.qq.com' ? url.href : null
}

const encoded: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
/** The entities escapeHtml writes, read back once (so "&amp;lt;" stays the text "&lt;"); any other "&" is text. */
const decode = (text: string): string => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => encoded[name])

const attributes = (source: string): Map<string, string> => {
  const found = new Map<string, string>()
  for (const [, name, value] of source.matchAll(/([^\s"'=<>/]+)\s*=\s*"([^"]*)"/g))
    if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), decode(value))
  return found
}

/** The URL an <img> shows at its largest: the widest srcset candidate, else src. */
const imageSource = (attrs: Map<string, string>): string | null => {
  const widest = (attrs.get('srcset') ?? '')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url, width]) => url && /^\d+w$/.test(width ?? ''))
    .reduce<{ url: string; width: number } | null>((best, [url, width]) => {
      const pixels = Number.parseInt(width, 10)
      return !best || pixels > best.width ? { url, width: pixels } : best
    }, null)
  return widest?.url ?? attrs.get('src')?.trim() ?? null
}

const tagPattern = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>$/

/** What closes the elements, innermost first. */
const closes = (elements: { close: string }[]): string[] => elements.map((entry) => entry.close).reverse()

/** WeChat's HTML of a body rendered by renderHtml: see the module comment. */
export const wechatContent = (
  html: string,
  options: Pick<WechatDraftOptions, 'imageHosts' | 'rehosted'>,
): { content: string; rehost: string[] } => {
  const out: string[] = []
  const rehost = new Set<string>()
  // Every element opened, with what closes it in the output ('' when it lost its tag), so the output stays balanced.
  const open: { name: string; close: string }[] = []
  let skipping: { name: string; depth: number } | null = null
  for (const piece of html.split(/(<[^<>]*>)/)) {
    if (!piece) continue
    const tag = tagPattern.exec(piece)
    const closing = tag?.[1] === '/'
    const name = tag?.[2].toLowerCase() ?? ''
    if (skipping) {
      if (name === skipping.name) skipping.depth += closing ? -1 : 1
      if (skipping.depth === 0) skipping = null
      continue
    }
    if (!tag) {
      // Comments and doctypes go; anything else ("a < b") is text.
      if (!piece.startsWith('<!')) out.push(escapeHtml(decode(piece)))
      continue
    }
    if (closing) {
      const index = open.map((entry) => entry.name).lastIndexOf(name)
      if (index >= 0) out.push(...closes(open.splice(index)))
      continue
    }
    if (dropped.has(name)) {
      skipping = { name, depth: 1 }
      continue
    }
    if (voids.has(name) || droppedVoids.has(name)) {
      out.push(voids.get(name) ?? '')
      continue
    }
    const attrs = attributes(tag[3])
    if (name === 'img') {
      const source = imageSource(attrs)
      if (!source) continue
      const shown = options.rehosted?.get(source) ?? source
      if (isImageHostAllowed(shown, options.imageHosts))
        out.push(`<img src="${escapeHtml(shown)}" alt="${escapeHtml(attrs.get('alt') ?? '')}">`)
      else rehost.add(source)
      continue
    }
    const allowed = kept.get(name)
    const href = name === 'a' ? wechatLink(attrs.get('href')) : null
    if (allowed) {
      out.push(allowed.open)
      open.push({ name, close: allowed.close })
    } else if (href) {
      out.push(`<a href="${escapeHtml(href)}">`)
      open.push({ name, close: '</a>' })
    } else open.push({ name, close: '' })
  }
  out.push(...closes(open))
  // A figure whose only content was an image WeChat would not show.
  return { content: out.join('').replace(/<section><\/section>\n?/g, ''), rehost: [...rehost] }
}

/** The text fields are plain text in JSON: no markup to escape, only control characters WeChat would refuse. */
const plain = (text: string | null): string => stripControl(text ?? '')

/**
 * The draft of a composed variant. Title, author and digest go as they are, never cut: preflight refuses over-long
 * ones before sign-off, and a silently shortened headline is one nobody signed off. A null digest is '' (WeChat then
 * takes the body's first 54 characters).
 */
export const toWechatDraft = (article: ChannelArticle, options: WechatDraftOptions): WechatDraft => {
  const { content, rehost } = wechatContent(article.body.html, options)
  const sourceUrl = options.sourceUrl ? httpUrl(options.sourceUrl) : null
  return {
    payload: {
      articles: [
        {
          title: plain(article.headline),
          author: plain(article.byline),
          digest: plain(article.summary),
          content,
          content_source_url: sourceUrl?.href ?? '',
          thumb_media_id: options.thumbMediaId ?? thumbMediaIdPlaceholder,
          need_open_comment: 0,
          only_fans_can_comment: 0,
        },
      ],
    },
    rehost,
    cover: article.cover ? { url: largestRendition(article.cover) } : null,
  }
}
