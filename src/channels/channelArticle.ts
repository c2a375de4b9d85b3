import type { ChannelVariant } from '../payload-types'
import { loadEmbeds } from '../delivery/content/articles'
import type { ReadScope } from '../delivery/content/scope'
import { parseBody, type BodyNode } from '../delivery/serializers/body'
import type { ArticleRecord, Taxonomy } from '../delivery/serializers/records'
import type { DeliveryUrls } from '../delivery/serializers/urls'
import { embeddedPhotoCaptions, toArticle, toImage } from '../delivery/serializers/viewModels'
import type { ImageView } from '../delivery/serializers/views'
import { largestRendition, wechatContent } from '../delivery/serializers/wechat'
import { relationId } from '../utilities/relationId'
import { composeBody, composeVariant, toComposedVariant } from './compose'
import type { ChannelArticle, ChannelConfig, ComposedVariant, VariantOverrides } from './types'

/** The fields of a variant that composition reads. */
export type VariantRecord = Pick<
  ChannelVariant,
  'kicker' | 'headline' | 'subheadline' | 'digest' | 'cover' | 'bodyMode' | 'excerptBlocks' | 'body' | 'rehostedImages'
>

export const variantOverrides = (variant: VariantRecord, body: BodyNode[]): VariantOverrides => ({
  kicker: variant.kicker ?? null,
  headline: variant.headline ?? null,
  subheadline: variant.subheadline ?? null,
  digest: variant.digest ?? null,
  coverId: relationId(variant.cover),
  bodyMode: variant.bodyMode ?? 'inherit',
  excerptBlocks: variant.excerptBlocks ?? null,
  body,
})

/** Where each image the variant's channel could not show was uploaded: original address → hosted copy. */
export const rehostedImages = (variant: Pick<VariantRecord, 'rehostedImages'>): Map<string, string> =>
  new Map((variant.rehostedImages ?? []).map((row) => [row.source.trim(), row.hosted.trim()]))

/**
 * WeChat's author field is short (16 characters) and names people, not the paper: the reporters' and
 * correspondents' names, as a WeChat article signs them; the byline when the story has no named contributor.
 */
const wechatAuthor = (article: ChannelArticle): string => {
  const names = article.contributors
    .filter((person) => person.role === 'reporter' || person.role === 'correspondent')
    .map((person) => person.name.trim())
    .filter(Boolean)
  return names.length > 0 ? [...new Set(names)].join(' ') : article.byline
}

export interface BuiltChannelArticle {
  /** What the channel's readers get. */
  article: ChannelArticle
  /** Preflight's view of the same story, as the channel receives it. */
  composed: ComposedVariant
}

/**
 * A variant as its channel's readers get it, from a master record (the live one at 签发, the signed snapshot after):
 * what both bodies embed is loaded as published, then composed (./compose) in the channel's form — for WeChat the
 * people as author, the body as WeChat's HTML, each image at the address WeChat will load it from.
 */
export const buildChannelArticle = async (
  scope: ReadScope,
  taxonomy: Taxonomy,
  urls: DeliveryUrls,
  channel: Pick<ChannelConfig, 'kind' | 'limits'>,
  master: ArticleRecord,
  variant: VariantRecord,
): Promise<BuiltChannelArticle> => {
  const embeds = await loadEmbeds(scope, [master, { body: variant.body ?? null, cover: variant.cover ?? null }])
  const view = toArticle(master, embeds, taxonomy, urls)
  const masterNodes = parseBody(master.body)
  const ownNodes = parseBody(variant.body)
  const images = new Map<string, ImageView>()
  for (const node of [...masterNodes, ...ownNodes]) {
    const image = node.kind === 'image' ? toImage(embeds.media.get(node.mediaId), urls) : null
    if (image) images.set(image.id, image)
  }
  const photoCaptions = embeddedPhotoCaptions([...masterNodes, ...ownNodes], embeds, taxonomy, urls)
  const coverId = relationId(variant.cover)
  const overrides = variantOverrides(variant, ownNodes)
  const composedArticle = composeVariant(view, overrides, {
    body: masterNodes,
    embeds: { photoCaptions, images },
    cover: coverId ? toImage(embeds.media.get(coverId), urls) : null,
    images,
  })
  const article =
    channel.kind === 'wechat' ? { ...composedArticle, byline: wechatAuthor(composedArticle) } : composedArticle
  const composed = toComposedVariant(article, composeBody(masterNodes, overrides), images)
  if (channel.kind !== 'wechat') return { article, composed }
  const rehosted = rehostedImages(variant)
  const viewsById = new Map<string, ImageView>(images)
  for (const item of article.photoCaptions) if (item.image) viewsById.set(item.image.id, item.image)
  return {
    article,
    composed: {
      ...composed,
      bodyHtml: wechatContent(article.body.html, { imageHosts: channel.limits.imageHosts, rehosted }).content,
      bodyImages: composed.bodyImages.map((image) => {
        const view = viewsById.get(image.id)
        const delivered = view ? largestRendition(view) : image.url
        return { ...image, url: rehosted.get(delivered) ?? delivered }
      }),
    },
  }
}
