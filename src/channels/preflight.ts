import { bilingual, bilingualWith, type Label, type NewsroomKey } from '../i18n'
import type { BodyNode } from '../delivery/serializers/body'
import { formatCropRatio, groupDigits } from './limits'
import { blockLabels } from '../collections/Channels/options'
import {
  channelBlocks,
  type ChannelConfig,
  type ComposedVariant,
  type CropRatio,
  type PreflightCode,
  type PreflightImage,
  type PreflightProblem,
} from './types'

/**
 * 签发前检查: everything that keeps a variant from being signed off for its channel, each with a reason an editor can
 * act on. Pure; the sign-off refuses while this returns anything.
 */

export interface PreflightContext {
  /** A variant is signed off only while its master story is published. */
  masterLive: boolean
}

/** Characters as WeChat (and an editor) counts them: an emoji or a rare 汉字 beyond U+FFFF is one, not two. */
export const countCodePoints = (text: string): number => {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    // A high surrogate followed by a low one is one character; a lone surrogate counts on its own.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) index++
    }
    count++
  }
  return count
}

/** Bytes of the text in UTF-8, as it travels; a lone surrogate goes out as U+FFFD (3 bytes), as TextEncoder sends it. */
export const utf8Bytes = (text: string): number => {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        index++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/**
 * Whether an image URL is served from one of the hosts: exactly, or under a "*.suffix" (which covers the hosts
 * below the suffix, not the suffix itself). Only absolute http(s) URLs on the default port count; a relative or
 * unparsable URL is hosted nowhere.
 */
export const isHostedOn = (url: string, hosts: string[]): boolean => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.port !== '') return false
  const host = parsed.hostname
  return hosts.some((pattern) => {
    const allowed = pattern.toLowerCase()
    return allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed
  })
}

/** The widest crop of the ratio that fits in the image, in whole pixels. */
export const largestCropWidth = (image: { width: number; height: number }, ratio: CropRatio): number =>
  // Multiplying before dividing keeps 1080 × 16 / 9 at 1920; the epsilon keeps 50 × 2.3 (114.999…) at 115.
  Math.floor(Math.min(image.width, (image.height * ratio.width) / ratio.height) + 1e-9)

const hasSize = (image: PreflightImage): image is PreflightImage & { width: number; height: number } =>
  typeof image.width === 'number' &&
  typeof image.height === 'number' &&
  Number.isFinite(image.width) &&
  Number.isFinite(image.height) &&
  image.width > 0 &&
  image.height > 0

const isLimit = (value: number | null): value is number => typeof value === 'number' && Number.isFinite(value)

const trimmedLength = (text: string | null | undefined): number => countCodePoints((text ?? '').trim())

const listed = (items: string[]): Label => ({ zh: items.join('、'), en: items.join(', ') })

/** The body's block kinds, nested lists included. Paragraphs and headings are text: every channel shows them. */
const blocksIn = (nodes: BodyNode[], found = new Set<BodyNode['kind']>()): Set<BodyNode['kind']> => {
  for (const node of nodes) {
    found.add(node.kind)
    if (node.kind === 'list') for (const item of node.items) blocksIn(item.lists, found)
  }
  return found
}

// A data: URI can be megabytes long; the message needs only enough to find the image.
const shownUrl = (image: PreflightImage): string =>
  !image.url ? `#${image.id}` : image.url.length > 120 ? `${image.url.slice(0, 119)}…` : image.url

/**
 * Every problem, in a stable order: master, headline, byline, digest, body size, cover, body blocks, body images.
 * `variant` is null when there is nothing to compose (the master has no live record): that is the master not being
 * live, whatever the context says, and nothing else can be checked.
 */
export const preflight = (
  channel: Pick<ChannelConfig, 'kind' | 'limits'>,
  variant: ComposedVariant | null,
  context: PreflightContext,
): PreflightProblem[] => {
  const { limits } = channel
  const problems: PreflightProblem[] = []
  const add = (code: PreflightCode, field: string, key: NewsroomKey, vars?: Record<string, unknown>) =>
    problems.push({ code, field, message: vars ? bilingualWith(key, vars) : bilingual(key) })
  // Counts and sizes are grouped (19,999); pixel sizes are not (1800×1200), as editors write each.
  const tooLong = (length: number, max: number) => ({ length: groupDigits(length), max: groupDigits(max) })

  if (!context.masterLive || !variant) add('masterNotLive', 'master', 'channels:preflight:masterNotLive')
  if (!variant) return problems

  const headline = trimmedLength(variant.headline)
  if (headline === 0) add('titleMissing', 'headline', 'channels:preflight:titleMissing')
  else if (isLimit(limits.titleMax) && headline > limits.titleMax)
    add('titleTooLong', 'headline', 'channels:preflight:titleTooLong', tooLong(headline, limits.titleMax))

  const author = trimmedLength(variant.author)
  if (isLimit(limits.authorMax) && author > limits.authorMax)
    add('authorTooLong', 'author', 'channels:preflight:authorTooLong', tooLong(author, limits.authorMax))

  const digest = trimmedLength(variant.digest)
  if (isLimit(limits.digestMax) && digest > limits.digestMax)
    add('digestTooLong', 'digest', 'channels:preflight:digestTooLong', tooLong(digest, limits.digestMax))

  // The channel receives the HTML, so that is what is counted and weighed, markup and all (WeChat counts its whole
  // content string); no trimming: every character travels.
  const html = variant.bodyHtml ?? ''
  if (isLimit(limits.bodyMaxChars)) {
    const characters = countCodePoints(html)
    if (characters > limits.bodyMaxChars)
      add('bodyTooLong', 'body', 'channels:preflight:bodyTooLong', tooLong(characters, limits.bodyMaxChars))
  }
  if (isLimit(limits.bodyMaxBytes)) {
    const bytes = utf8Bytes(html)
    if (bytes > limits.bodyMaxBytes)
      add('bodyTooLarge', 'body', 'channels:preflight:bodyTooLarge', {
        bytes: groupDigits(bytes),
        max: groupDigits(limits.bodyMaxBytes),
      })
  }

  const cover = variant.cover
  if (!cover) {
    if (limits.coverRequired) add('coverMissing', 'cover', 'channels:preflight:coverMissing')
  } else if (isLimit(limits.minCoverWidth) && limits.coverCrops.length > 0) {
    const min = limits.minCoverWidth
    if (!hasSize(cover))
      add('coverTooSmallForCrop', 'cover', 'channels:preflight:coverSizeUnknown', {
        ratios: listed(limits.coverCrops.map(formatCropRatio)),
        min,
      })
    else
      for (const ratio of limits.coverCrops) {
        const cropWidth = largestCropWidth(cover, ratio)
        if (cropWidth < min)
          add('coverTooSmallForCrop', 'cover', 'channels:preflight:coverTooSmallForCrop', {
            width: cover.width,
            height: cover.height,
            ratio: formatCropRatio(ratio),
            cropWidth,
            min,
          })
      }
  }

  const used = blocksIn(variant.body ?? [])
  for (const block of channelBlocks)
    if (used.has(block) && !limits.allowedBlocks.includes(block))
      add('blockNotAllowed', 'body', 'channels:preflight:blockNotAllowed', { block: bilingual(blockLabels[block]) })

  if (limits.imageHosts.length > 0) {
    const named = new Set<string>()
    for (const image of variant.bodyImages ?? []) {
      if (named.has(image.url) || isHostedOn(image.url, limits.imageHosts)) continue
      named.add(image.url)
      add('imageNotHosted', 'body', 'channels:preflight:imageNotHosted', {
        url: shownUrl(image),
        hosts: listed(limits.imageHosts),
      })
    }
  }

  return problems
}

/** The problems as one text per language, a line each: for an API error's message. */
export const preflightSummary = (problems: PreflightProblem[]): Label => ({
  zh: problems.map((problem) => problem.message.zh).join('\n'),
  en: problems.map((problem) => problem.message.en).join('\n'),
})
