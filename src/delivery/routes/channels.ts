import type { Router } from 'express'

import { buildChannelArticle, rehostedImages } from '../../channels/channelArticle'
import { channelConfigOf } from '../../channels/channelConfig'
import type { ChannelArticle } from '../../channels/types'
import type { Channel } from '../../payload-types'
import { bothLanguages } from '../../i18n'
import { relationId } from '../../utilities/relationId'
import {
  findChannelVariant,
  listChannelVariants,
  loadChannels,
  signedMaster,
  type ChannelVariantRecord,
} from '../content/channels'
import type { DeliveryContext } from '../context'
import { encodeListCursor } from '../cursor'
import {
  badRequest,
  jsonRepresentation,
  notFound,
  parseFormat,
  parseLimit,
  parseListCursor,
  parseRef,
  pathParam,
  queryValue,
  representation,
  contentTypes,
  type Representation,
} from '../http'
import { renderFeed, type FeedFormat } from '../serializers/feeds'
import { articleToJsonLd } from '../serializers/jsonld'
import { articleToNinjs } from '../serializers/ninjs'
import type { Taxonomy } from '../serializers/records'
import { brandRef } from '../serializers/viewModels'
import { toWechatDraft } from '../serializers/wechat'
import { articleTags } from './articles'
import { feedSize } from './feeds'
import { cached, serve } from './respond'

export const channelArticleFormats = ['json', 'ninjs', 'jsonld', 'wechat'] as const

const channelView = (channel: Channel, taxonomy: Taxonomy, ctx: DeliveryContext) => {
  const slug = channel.slug ?? channel.id
  const brand = taxonomy.brands.get(relationId(channel.brand) ?? '')
  const self = ctx.urls.api('channels', slug)
  return {
    id: channel.id,
    slug,
    name: channel.name,
    kind: channel.kind,
    brand: brand ? brandRef(brand) : null,
    feeds: { rss: `${self}/feed.rss`, atom: `${self}/feed.atom` },
    links: { self, articles: `${self}/articles` },
  }
}

/** A story in the channel's form: the channel named, the variant's id, when it was signed off, where it lives. */
const channelArticleView = (
  article: ChannelArticle,
  channel: Channel,
  variant: ChannelVariantRecord,
  ctx: DeliveryContext,
) => {
  const self = ctx.urls.channelArticle(channel.slug ?? channel.id, variant.id)
  return {
    ...article,
    channel: { id: channel.id, slug: channel.slug ?? channel.id, name: channel.name, kind: channel.kind },
    variantId: variant.id,
    signedAt: variant.signedMaster?.at ?? null,
    links: { ...article.links, channel: self, ninjs: `${self}?format=ninjs`, jsonld: `${self}?format=jsonld` },
  }
}

const variantTags = (channel: Channel, variant: ChannelVariantRecord, article: ChannelArticle): string[] => [
  `channel:${channel.id}`,
  `channel-variant:${variant.id}`,
  ...articleTags(article),
]

const findChannel = async (ctx: DeliveryContext, ref: string | undefined): Promise<Channel> => {
  const slug = parseRef(ref, 'Channel')
  const channel = (await loadChannels(ctx.scope)).find((entry) => entry.slug === slug || entry.id === slug)
  if (!channel) throw notFound('Channel')
  return channel
}

const composeFor = async (ctx: DeliveryContext, channel: Channel, variant: ChannelVariantRecord) => {
  const master = signedMaster(variant)
  if (!master) return null
  const { article } = await buildChannelArticle(
    ctx.scope,
    await ctx.taxonomy(),
    ctx.urls,
    channelConfigOf(channel),
    master,
    variant,
  )
  return article
}

const channelArticleRepresentation = async (
  ctx: DeliveryContext,
  channel: Channel,
  ref: string,
  format: (typeof channelArticleFormats)[number],
): Promise<Representation> => {
  if (format === 'wechat' && channel.kind !== 'wechat')
    throw badRequest(bothLanguages('messages:delivery:channels:wechatOnly'))
  const variant = await findChannelVariant(ctx.scope, channel.id, ref)
  const article = variant ? await composeFor(ctx, channel, variant) : null
  if (!variant || !article) throw notFound('Article')
  const tags = variantTags(channel, variant, article)
  const view = channelArticleView(article, channel, variant, ctx)
  if (format === 'ninjs') return jsonRepresentation(articleToNinjs(view, ctx.urls), tags)
  if (format === 'jsonld') return jsonRepresentation(articleToJsonLd(view, null), tags, contentTypes.jsonld)
  if (format === 'wechat') {
    const config = channelConfigOf(channel)
    const draft = toWechatDraft(view, {
      imageHosts: config.limits.imageHosts,
      sourceUrl: view.url,
      rehosted: rehostedImages(variant),
    })
    return jsonRepresentation(draft, tags)
  }
  return jsonRepresentation(view, tags)
}

/**
 * `/content/v1/channels…`: 一稿多签 for front ends — each channel's signed-off variants, composed with the master as it
 * was signed (never a later revision nobody signed for this channel), as JSON, ninjs, JSON-LD, feeds, and for WeChat
 * the body of its `draft/add` call.
 */
export const channelRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/channels',
    serve(ctx, async () =>
      cached(ctx, 'channels', async () => {
        const [channels, taxonomy] = await Promise.all([loadChannels(ctx.scope), ctx.taxonomy()])
        const items = channels.map((channel) => channelView(channel, taxonomy, ctx))
        return jsonRepresentation({ items }, ['channels', 'brands', ...items.map((item) => `channel:${item.id}`)])
      }),
    ),
  )

  router.get(
    '/channels/:channel',
    serve(ctx, async (req) => {
      const channel = await findChannel(ctx, pathParam(req, 'channel'))
      return cached(ctx, `channel:${channel.id}`, async () =>
        jsonRepresentation(channelView(channel, await ctx.taxonomy(), ctx), [
          'channels',
          'brands',
          `channel:${channel.id}`,
        ]),
      )
    }),
  )

  router.get(
    '/channels/:channel/articles',
    serve(ctx, async (req) => {
      const channel = await findChannel(ctx, pathParam(req, 'channel'))
      const limit = parseLimit(queryValue(req, 'limit'))
      const cursor = parseListCursor(queryValue(req, 'cursor'))
      const key = `channel-list:${channel.id}:${limit}:${cursor ? encodeListCursor(cursor) : ''}`
      return cached(ctx, key, async () => {
        const page = await listChannelVariants(ctx.scope, channel.id, cursor, limit)
        const items = []
        const tags = ['lists', `channel:${channel.id}`]
        for (const variant of page.records) {
          const article = await composeFor(ctx, channel, variant)
          if (!article) continue
          const {
            body: _body,
            photoCaptions: _captions,
            ...summary
          } = channelArticleView(article, channel, variant, ctx)
          items.push(summary)
          tags.push(...variantTags(channel, variant, article))
        }
        const self = `${ctx.urls.api('channels', channel.slug ?? channel.id)}/articles`
        const nextCursor = page.next ? encodeListCursor(page.next) : null
        return jsonRepresentation(
          {
            items,
            nextCursor,
            links: { self, next: nextCursor ? `${self}?limit=${limit}&cursor=${nextCursor}` : null },
          },
          tags,
        )
      })
    }),
  )

  router.get(
    '/channels/:channel/articles/:ref',
    serve(ctx, async (req) => {
      const channel = await findChannel(ctx, pathParam(req, 'channel'))
      const ref = parseRef(pathParam(req, 'ref'), 'Article')
      const format = parseFormat(queryValue(req, 'format'), channelArticleFormats)
      return cached(ctx, `channel-article:${channel.id}:${ref}:${format}`, () =>
        channelArticleRepresentation(ctx, channel, ref, format),
      )
    }),
  )

  for (const format of ['rss', 'atom'] as const satisfies FeedFormat[]) {
    router.get(
      `/channels/:channel/feed.${format}`,
      serve(ctx, async (req) => {
        const channel = await findChannel(ctx, pathParam(req, 'channel'))
        return cached(ctx, `channel-feed:${channel.id}:${format}`, async () => {
          const page = await listChannelVariants(ctx.scope, channel.id, null, feedSize)
          const articles: ChannelArticle[] = []
          const tags = ['lists', `channel:${channel.id}`]
          for (const variant of page.records) {
            const article = await composeFor(ctx, channel, variant)
            if (!article) continue
            articles.push(article)
            tags.push(...variantTags(channel, variant, article))
          }
          const view = channelView(channel, await ctx.taxonomy(), ctx)
          return representation(
            renderFeed(
              {
                id: view.feeds[format],
                title: channel.name,
                description: `${channel.name} 最新稿件`,
                link: ctx.config.siteBase,
                self: view.feeds,
                copyright: `© ${view.brand?.name ?? channel.name}`,
              },
              articles,
              format,
            ),
            contentTypes[format],
            tags,
          )
        })
      }),
    )
  }
}
