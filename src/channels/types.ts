import type { Label } from '../i18n'
import type { BodyNode } from '../delivery/serializers/body'
import type { ArticleView } from '../delivery/serializers/views'

/**
 * 一稿多签: one master story, signed off per channel (the paper, the app, the web, WeChat), each in its own form.
 * These are the plain-data shapes the pure parts (configuration check, composition, preflight, WeChat payload) work
 * on; the collections `channels` and `channel-variants` store them.
 */

export { bodyModes, channelBlocks, channelKinds } from '../collections/Channels/options'
import type { bodyModes, channelBlocks, channelKinds } from '../collections/Channels/options'

export type ChannelKind = (typeof channelKinds)[number]

export type ChannelBlock = (typeof channelBlocks)[number]

/** A crop a channel needs for its cover, as width:height ("2.35:1", "1:1"). */
export interface CropRatio {
  width: number
  height: number
}

/** A channel's limits; null means "no limit". Lengths count characters as the channel counts them (see preflight). */
export interface ChannelLimits {
  titleMax: number | null
  authorMax: number | null
  digestMax: number | null
  /** Characters (code points) of the body's HTML as the channel receives it: WeChat counts its whole content field. */
  bodyMaxChars: number | null
  /** Bytes (UTF-8) of the body's HTML as the channel receives it. */
  bodyMaxBytes: number | null
  coverRequired: boolean
  /** Crops the cover must allow; each needs a cover at least `minCoverWidth` wide once cropped. */
  coverCrops: CropRatio[]
  minCoverWidth: number | null
  /** Body blocks the channel can show; paragraphs and text always pass. */
  allowedBlocks: ChannelBlock[]
  /**
   * Hosts whose images the channel shows as they are; any other image in the body must be re-hosted (WeChat shows
   * only images uploaded to it, mmbiz.qpic.cn). Empty: every image is fine.
   */
  imageHosts: string[]
}

export interface ChannelConfig {
  id: string
  name: string
  slug: string
  kind: ChannelKind
  brandId: string
  limits: ChannelLimits
  /** Review levels a new variant for this channel starts with (1–3). */
  reviewLevels: number
}

export type BodyMode = (typeof bodyModes)[number]

/** What a variant may set; null or empty inherits the master's value. */
export interface VariantOverrides {
  kicker: string | null
  headline: string | null
  subheadline: string | null
  /** 摘要 (WeChat's digest); inherits the master's summary. */
  digest: string | null
  coverId: string | null
  bodyMode: BodyMode
  /** bodyMode 'excerpt': the first n body blocks (intertitles and images count as blocks). */
  excerptBlocks: number | null
  /** bodyMode 'override': the variant's own body. */
  body: BodyNode[] | null
}

/** An image as preflight sees it. */
export interface PreflightImage {
  id: string
  url: string
  width: number | null
  height: number | null
}

/** A variant as its readers will get it: master and overrides composed (./compose). Input of preflight. */
export interface ComposedVariant {
  kicker: string | null
  headline: string
  subheadline: string | null
  digest: string | null
  /** The byline as the channel prints it (WeChat's author field). */
  author: string
  cover: PreflightImage | null
  body: BodyNode[]
  /** Images the body shows (image blocks and embedded caption items), in reading order. */
  bodyImages: PreflightImage[]
  bodyText: string
  bodyHtml: string
}

export const preflightCodes = [
  'titleTooLong',
  'titleMissing',
  'authorTooLong',
  'digestTooLong',
  'bodyTooLong',
  'bodyTooLarge',
  'coverMissing',
  'coverTooSmallForCrop',
  'blockNotAllowed',
  'imageNotHosted',
  'masterNotLive',
] as const
export type PreflightCode = (typeof preflightCodes)[number]

export interface PreflightProblem {
  code: PreflightCode
  /** The field the problem is in (headline, digest, body, cover, author). */
  field: string
  message: Label
}

/** Which of a variant's fields its readers get from the master (true) rather than from the variant (false). */
export interface ChannelInherits {
  kicker: boolean
  headline: boolean
  subheadline: boolean
  digest: boolean
  cover: boolean
  /** The body is the master's ('inherit'), its first blocks ('excerpt') or the variant's own ('override'). */
  body: BodyMode
}

/**
 * The story a channel's readers get (./compose): the master's view with the variant's headline, kicker, subheadline,
 * digest (as `summary`) and cover in place, and the body re-rendered from the composed blocks. Everything else (slug,
 * canonical URL, byline, dates, print edition) is the master's.
 */
export interface ChannelArticle extends ArticleView {
  inherits: ChannelInherits
}
