import { bilingual, bilingualWith, type Label, type NewsroomKey } from '../i18n'
import {
  channelBlocks,
  channelKinds,
  type ChannelBlock,
  type ChannelConfig,
  type ChannelKind,
  type ChannelLimits,
  type CropRatio,
} from './types'

/**
 * A channel's limits as configuration: the crop-ratio notation, the check a channel's settings must pass before they
 * are stored, and the limits of the channels the newsroom starts with. Pure: the `channels` collection calls
 * `channelConfigProblems` in a hook and answers 400 with its messages.
 */

// Editors type ratios with a Chinese input method on as often as without: full-width digits, point and colon, and
// the ratio sign ∶ (U+2236) that some input methods offer for 比.
const fullWidth: Record<string, string> = { '：': ':', '∶': ':', '．': '.' }
const toHalfWidth = (text: string): string =>
  text.replace(/[０-９：∶．]/g, (char) =>
    char in fullWidth ? fullWidth[char] : String.fromCharCode(char.charCodeAt(0) - 0xff10 + 0x30),
  )

// Plain decimals only: no exponent ("1e400"), no sign, no hex, so what parses is what the editor sees.
const cropRatioPattern = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/

/** "2.35:1", "16:9", "1 : 1", "16：9" → { width, height }; null unless both sides are positive finite numbers. */
export const parseCropRatio = (text: string): CropRatio | null => {
  if (typeof text !== 'string') return null
  const match = cropRatioPattern.exec(toHalfWidth(text))
  if (!match) return null
  const width = Number(match[1])
  const height = Number(match[2])
  return isPositiveNumber(width) && isPositiveNumber(height) ? { width, height } : null
}

export const formatCropRatio = (ratio: CropRatio): string => `${ratio.width}:${ratio.height}`

/** Two crops are the same when their ratios are: 16:9 and 32:18 ask the editor for the same crop. */
const sameRatio = (a: CropRatio, b: CropRatio): boolean =>
  Math.abs(a.width / a.height - b.width / b.height) <= 1e-9 * (a.width / a.height)

const isPositiveNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0

/** One thing wrong with a channel's settings, at the field's path as Payload names it (`limits.coverCrops.1.ratio`). */
export interface ChannelConfigProblem {
  field: string
  message: Label
}

type NumericLimit = 'titleMax' | 'authorMax' | 'digestMax' | 'bodyMaxChars' | 'bodyMaxBytes' | 'minCoverWidth'

const fiftyMegabytes = 50 * 1024 * 1024

/**
 * What a limit may be set to. Beyond these a number is a typing slip, not a channel's rule: no channel takes a
 * 10,000-character headline, and a body of more than 50 MB is no article (every character is at least one byte, so the
 * same bound serves characters).
 */
export const limitRanges: Record<NumericLimit, { min: number; max: number }> = {
  titleMax: { min: 1, max: 10_000 },
  authorMax: { min: 1, max: 10_000 },
  digestMax: { min: 1, max: 10_000 },
  bodyMaxChars: { min: 1, max: fiftyMegabytes },
  bodyMaxBytes: { min: 1, max: fiftyMegabytes },
  minCoverWidth: { min: 1, max: 20_000 },
}

export const reviewLevelRange = { min: 1, max: 3 }

/** 52428800 → "52,428,800": the numbers in messages, readable in both languages. */
export const groupDigits = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

type ChannelFieldName =
  | ChannelKind
  | NumericLimit
  | 'kind'
  | 'reviewLevels'
  | 'limits'
  | 'coverRequired'
  | 'coverCrops'
  | 'allowedBlocks'
  | 'imageHosts'

// The admin's own field labels, so a message names a setting as the form does.
const fieldLabel = (name: ChannelFieldName): Label => bilingual(`collections:channels:${name}`)

const labelList = (labels: Label[]): Label => ({
  zh: labels.map((label) => label.zh).join('、'),
  en: labels.map((label) => label.en).join(', '),
})

/** A stored value as a message shows it: strings quoted (so an empty or blank one is visible), long ones cut. */
const shown = (value: unknown): string | Label => {
  if (value === undefined || value === null || value === '') return bilingual('channels:config:empty')
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

// A DNS label: letters, digits and inner hyphens, at most 63 characters.
const dnsLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const hostPattern = new RegExp(`^${dnsLabel}(?:\\.${dnsLabel})*$`, 'i')
// "*.qpic.cn" covers every host under qpic.cn; "*.cn" would cover a whole country, so a wildcard needs two labels.
const wildcardPattern = new RegExp(`^\\*\\.${dnsLabel}(?:\\.${dnsLabel})+$`, 'i')

/** "mmbiz.qpic.cn" or "*.qpic.cn": a bare host name as a channel's `imageHosts` lists it. */
export const isImageHostPattern = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 253 && (hostPattern.test(value) || wildcardPattern.test(value))

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A crop as stored: the `coverCrops` array field's row `{ ratio: '2.35:1' }`, or the plain text, or an already parsed
 * `{ width, height }` (the presets below), so one check serves stored settings and the presets alike.
 */
const storedCrop = (row: unknown, path: string): { ratio: CropRatio | null; path: string; written: unknown } => {
  if (isRecord(row) && 'ratio' in row)
    return {
      ratio: typeof row.ratio === 'string' ? parseCropRatio(row.ratio) : null,
      path: `${path}.ratio`,
      written: row.ratio,
    }
  if (isRecord(row) && 'width' in row && 'height' in row)
    return {
      ratio:
        isPositiveNumber(row.width) && isPositiveNumber(row.height) ? { width: row.width, height: row.height } : null,
      path,
      written: row,
    }
  return { ratio: typeof row === 'string' ? parseCropRatio(row) : null, path, written: row }
}

/**
 * Everything wrong with a channel's settings, as stored: `{ kind, reviewLevels, limits: { titleMax, …, coverCrops:
 * [{ ratio }], allowedBlocks: ['image', …], imageHosts: ['mmbiz.qpic.cn'] } }`. Limits left empty (null) mean "no
 * limit". Pass the whole document (on update, the stored one merged with the change). Empty when all is well.
 */
export const channelConfigProblems = (channel: unknown): ChannelConfigProblem[] => {
  const problems: ChannelConfigProblem[] = []
  const add = (field: string, key: NewsroomKey, vars: Record<string, unknown> = {}) =>
    problems.push({ field, message: bilingualWith(key, vars) })
  const stored = isRecord(channel) ? channel : {}

  if (stored.kind === undefined || stored.kind === null || stored.kind === '')
    add('kind', 'channels:config:required', { field: fieldLabel('kind') })
  else if (!channelKinds.includes(stored.kind as ChannelKind))
    add('kind', 'channels:config:kindUnknown', {
      field: fieldLabel('kind'),
      value: shown(stored.kind),
      kinds: labelList(
        channelKinds.map((kind) => {
          const label = fieldLabel(kind)
          return { zh: `${label.zh}（${kind}）`, en: `${label.en} (${kind})` }
        }),
      ),
    })

  const levels = stored.reviewLevels
  if (levels === undefined || levels === null)
    add('reviewLevels', 'channels:config:required', { field: fieldLabel('reviewLevels') })
  else if (
    typeof levels !== 'number' ||
    !Number.isInteger(levels) ||
    levels < reviewLevelRange.min ||
    levels > reviewLevelRange.max
  )
    add('reviewLevels', 'channels:config:wholeNumber', {
      field: fieldLabel('reviewLevels'),
      min: reviewLevelRange.min,
      max: reviewLevelRange.max,
      value: shown(levels),
    })

  if (!isRecord(stored.limits)) {
    add('limits', 'channels:config:required', { field: fieldLabel('limits') })
    return problems
  }
  const limits = stored.limits

  for (const name of Object.keys(limitRanges) as NumericLimit[]) {
    const range = limitRanges[name]
    const value = limits[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max)
      add(`limits.${name}`, 'channels:config:limitInvalid', {
        field: fieldLabel(name),
        min: groupDigits(range.min),
        max: groupDigits(range.max),
        value: shown(value),
      })
  }

  if (limits.coverRequired !== undefined && limits.coverRequired !== null && typeof limits.coverRequired !== 'boolean')
    add('limits.coverRequired', 'channels:config:notYesNo', {
      field: fieldLabel('coverRequired'),
      value: shown(limits.coverRequired),
    })

  const list = (name: 'coverCrops' | 'allowedBlocks' | 'imageHosts'): unknown[] => {
    const value = limits[name]
    if (value === undefined || value === null) return []
    if (Array.isArray(value)) return value
    add(`limits.${name}`, 'channels:config:notAList', { field: fieldLabel(name), value: shown(value) })
    return []
  }

  const crops: { ratio: CropRatio; position: number }[] = []
  list('coverCrops').forEach((row, index) => {
    const crop = storedCrop(row, `limits.coverCrops.${index}`)
    if (!crop.ratio) {
      add(crop.path, 'channels:config:cropRatioInvalid', { value: shown(crop.written) })
      return
    }
    const ratio = crop.ratio
    const earlier = crops.find((other) => sameRatio(other.ratio, ratio))
    if (earlier)
      add(crop.path, 'channels:config:cropDuplicate', {
        ratio: formatCropRatio(ratio),
        first: earlier.position,
        firstRatio: formatCropRatio(earlier.ratio),
      })
    else crops.push({ ratio, position: index + 1 })
  })

  list('allowedBlocks').forEach((block, index) => {
    if (!channelBlocks.includes(block as ChannelBlock))
      add(`limits.allowedBlocks.${index}`, 'channels:config:blockUnknown', {
        value: shown(block),
        blocks: channelBlocks.join(', '),
      })
  })

  list('imageHosts').forEach((host, index) => {
    if (!isImageHostPattern(host))
      add(`limits.imageHosts.${index}`, 'channels:config:imageHostInvalid', { value: shown(host) })
  })

  return problems
}

/**
 * WeChat's limits for an official-account article, as its API documents them for 新建草稿 (draft/add,
 * https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Add_draft.html).
 */
export const wechatLimits: ChannelLimits = {
  // title: 不超过 32 个字; author: 不超过 16 个字; digest: 不超过 128 个字.
  titleMax: 32,
  authorMax: 16,
  digestMax: 128,
  // content: 必须少于 2 万字符, 小于 1M. The whole HTML string counts, markup included ("全都算，整个 content 字符串的
  // 长度", WeChat's developer community), and "less than" makes the last allowed value one below.
  bodyMaxChars: 20_000 - 1,
  bodyMaxBytes: 1024 * 1024 - 1,
  // thumb_media_id is required and must be a permanent image; pic_crop_235_1 is the feed card, pic_crop_1_1 the share
  // card.
  coverRequired: true,
  coverCrops: [
    { width: 2.35, height: 1 },
    { width: 1, height: 1 },
  ],
  // Not WeChat's rule but the size its admin recommends for the feed card (900×383). One minimum serves every crop,
  // so the 1:1 share card asks for a cover at least 900 px high too; newsroom photos (and the seed's 1800×1200
  // placeholder) have that.
  minCoverWidth: 900,
  // A 图说稿件 has no counterpart in a WeChat article, but the WeChat renderer flattens it into its photos with their
  // captions (<img> + caption, as an image block), and its photos are among `bodyImages`, so the host check below
  // covers them: refusing it would make editors rewrite every story with a photo report for WeChat by hand.
  allowedBlocks: ['intertitle', 'photoCaption', 'image', 'quote', 'blockquote', 'list', 'rule'],
  // content: 图片 url 必须来源 "上传图文消息内的图片获取URL" 接口获取, 外部图片 url 将被过滤 — uploadimg answers with
  // http://mmbiz.qpic.cn/… URLs.
  imageHosts: ['mmbiz.qpic.cn'],
}

/** A channel as the seed creates it: its brand named by slug, since ids exist only once the brands do. */
export interface ChannelPreset extends Omit<ChannelConfig, 'id' | 'brandId'> {
  brandSlug: string
}

const noLimits: ChannelLimits = {
  titleMax: null,
  authorMax: null,
  digestMax: null,
  bodyMaxChars: null,
  bodyMaxBytes: null,
  coverRequired: false,
  coverCrops: [],
  minCoverWidth: null,
  allowedBlocks: [...channelBlocks],
  imageHosts: [],
}

/**
 * The newsroom's four channels. The numbers other than WeChat's are the newsroom's own rules, not a platform's: an
 * editor changes them in the channel's settings.
 */
export const channelPresets: ChannelPreset[] = [
  {
    name: '青岛日报（报纸）',
    slug: 'qingdao-daily-print',
    kind: 'print',
    brandSlug: 'qingdao-daily',
    // 三审三校: the paper keeps all three review levels.
    reviewLevels: 3,
    // The page layout, not a character count, bounds a printed headline and body (the variant's planned length and
    // page say how much fits), and a printed story needs no cover.
    limits: { ...noLimits, allowedBlocks: [...channelBlocks] },
  },
  {
    name: '观海新闻客户端',
    slug: 'guanhai-app',
    kind: 'app',
    brandSlug: 'guanhai-news',
    reviewLevels: 2,
    limits: {
      ...noLimits,
      // The list card shows two lines of 20 characters; a longer headline is cut off with an ellipsis.
      titleMax: 40,
      // Every story in the app's lists has a 16:9 picture, full width on a 1080-px-wide phone screen.
      coverRequired: true,
      coverCrops: [{ width: 16, height: 9 }],
      minCoverWidth: 1080,
      allowedBlocks: [...channelBlocks],
    },
  },
  {
    name: '青岛日报网站',
    slug: 'qingdao-daily-web',
    kind: 'web',
    brandSlug: 'qingdao-daily',
    reviewLevels: 2,
    // The site lays out any length and shows a story without a picture.
    limits: { ...noLimits, allowedBlocks: [...channelBlocks] },
  },
  {
    name: '青岛日报微信公众号',
    slug: 'qingdao-daily-wechat',
    kind: 'wechat',
    brandSlug: 'qingdao-daily',
    reviewLevels: 2,
    limits: {
      ...wechatLimits,
      coverCrops: wechatLimits.coverCrops.map((crop) => ({ ...crop })),
      allowedBlocks: [...wechatLimits.allowedBlocks],
      imageHosts: [...wechatLimits.imageHosts],
    },
  },
]
