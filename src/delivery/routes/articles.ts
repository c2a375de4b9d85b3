import type { Router } from 'express'

import { findArticle, loadEmbeds } from '../content/articles'
import type { ReadScope } from '../content/scope'
import { brandBySlug } from '../content/taxonomy'
import type { DeliveryContext } from '../context'
import {
  contentTypes,
  jsonRepresentation,
  notFound,
  parseFormat,
  parseLimit,
  parseListCursor,
  parseRef,
  pathParam,
  queryValue,
  type Representation,
} from '../http'
import { articleToJsonLd } from '../serializers/jsonld'
import { articleToNinjs } from '../serializers/ninjs'
import { toArticle, toBrand } from '../serializers/viewModels'
import type { ArticleView } from '../serializers/views'
import { brandTags } from './brands'
import { articleListRepresentation, listCacheKey } from './lists'
import { cached, serve } from './respond'

export const articleFormats = ['json', 'ninjs', 'jsonld'] as const

/** Cache keys an article response carries: itself, its brands and sections, and what its body embeds. */
export const articleTags = (article: ArticleView): string[] => [
  `article:${article.id}`,
  ...article.brands.map((brand) => `brand:${brand.id}`),
  ...article.sections.map((section) => `section:${section.id}`),
  ...article.photoCaptions.map((item) => `photo-caption:${item.id}`),
  ...[article.cover, ...article.photoCaptions.map((item) => item.image)].flatMap((image) =>
    image ? [`media:${image.id}`] : [],
  ),
]

/**
 * An article as `scope` sees it (published, or a preview's latest draft). What its body embeds is always read as
 * published: a preview shows the story as readers would get it once it goes live.
 */
export const loadArticleView = async (
  ctx: DeliveryContext,
  ref: string,
  scope: ReadScope = ctx.scope,
): Promise<ArticleView> => {
  const [record, taxonomy] = await Promise.all([findArticle(scope, ref), ctx.taxonomy()])
  if (!record) throw notFound('Article')
  return toArticle(record, await loadEmbeds(ctx.scope, [record]), taxonomy, ctx.urls)
}

export const articleRepresentation = async (
  ctx: DeliveryContext,
  ref: string,
  format: (typeof articleFormats)[number],
  scope: ReadScope = ctx.scope,
): Promise<Representation> => {
  const article = await loadArticleView(ctx, ref, scope)
  const tags = articleTags(article)
  if (format === 'ninjs') return jsonRepresentation(articleToNinjs(article, ctx.urls), tags)
  if (format === 'jsonld') {
    const taxonomy = await ctx.taxonomy()
    const brand = article.brands[0] ? brandBySlug(taxonomy, article.brands[0].slug) : undefined
    const publisher = brand ? toBrand(brand, taxonomy, ctx.urls) : null
    return jsonRepresentation(
      articleToJsonLd(article, publisher),
      [...tags, ...(publisher ? brandTags(publisher) : [])],
      contentTypes.jsonld,
    )
  }
  return jsonRepresentation(article, tags)
}

export const articleRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/articles',
    serve(ctx, async (req) => {
      const limit = parseLimit(queryValue(req, 'limit'))
      const cursor = parseListCursor(queryValue(req, 'cursor'))
      return cached(ctx, listCacheKey('latest', cursor, limit), () =>
        articleListRepresentation(ctx, { filter: null, cursor, limit, self: ctx.urls.api('articles'), tags: [] }),
      )
    }),
  )

  router.get(
    '/articles/:ref',
    serve(ctx, async (req) => {
      const ref = parseRef(pathParam(req, 'ref'), 'Article')
      const format = parseFormat(queryValue(req, 'format'), articleFormats)
      return cached(ctx, `article:${ref}:${format}`, () => articleRepresentation(ctx, ref, format))
    }),
  )

  router.get(
    '/articles/:ref/photo-captions',
    serve(ctx, async (req) => {
      const ref = parseRef(pathParam(req, 'ref'), 'Article')
      return cached(ctx, `article-photo-captions:${ref}`, async () => {
        const article = await loadArticleView(ctx, ref)
        return jsonRepresentation({ items: article.photoCaptions }, articleTags(article))
      })
    }),
  )
}
