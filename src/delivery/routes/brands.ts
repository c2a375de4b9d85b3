import type { Router } from 'express'

import { brandBySlug } from '../content/taxonomy'
import type { DeliveryContext } from '../context'
import { jsonRepresentation, notFound, parseLimit, parseListCursor, parseRef, pathParam, queryValue } from '../http'
import type { FeedFormat } from '../serializers/feeds'
import { toBrand } from '../serializers/viewModels'
import type { BrandView } from '../serializers/views'
import { feedRepresentation } from './feeds'
import { articleListRepresentation, listCacheKey } from './lists'
import { cached, serve } from './respond'

export const brandTags = (brand: BrandView): string[] => [
  `brand:${brand.id}`,
  ...(brand.logo ? [`media:${brand.logo.id}`] : []),
]

const findBrand = async (ctx: DeliveryContext, slug: string | undefined) => {
  const taxonomy = await ctx.taxonomy()
  const brand = brandBySlug(taxonomy, parseRef(slug, 'Brand'))
  if (!brand) throw notFound('Brand')
  return { brand, taxonomy }
}

export const brandRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/brands',
    serve(ctx, async () =>
      cached(ctx, 'brands', async () => {
        const taxonomy = await ctx.taxonomy()
        const items = [...taxonomy.brands.values()].map((brand) => toBrand(brand, taxonomy, ctx.urls))
        return jsonRepresentation({ items }, ['brands', ...items.flatMap(brandTags)])
      }),
    ),
  )

  router.get(
    '/brands/:slug',
    serve(ctx, async (req) => {
      const { brand, taxonomy } = await findBrand(ctx, pathParam(req, 'slug'))
      return cached(ctx, `brand:${brand.id}`, async () => {
        const view = toBrand(brand, taxonomy, ctx.urls)
        return jsonRepresentation(view, ['brands', ...brandTags(view)])
      })
    }),
  )

  router.get(
    '/brands/:slug/articles',
    serve(ctx, async (req) => {
      const { brand } = await findBrand(ctx, pathParam(req, 'slug'))
      const limit = parseLimit(queryValue(req, 'limit'))
      const cursor = parseListCursor(queryValue(req, 'cursor'))
      return cached(ctx, listCacheKey(`brand:${brand.id}`, cursor, limit), () =>
        articleListRepresentation(ctx, {
          filter: { brands: { in: [brand.id] } },
          cursor,
          limit,
          self: `${ctx.urls.brand(brand.slug || brand.id)}/articles`,
          tags: [`brand:${brand.id}`],
        }),
      )
    }),
  )

  for (const format of ['rss', 'atom'] as const satisfies FeedFormat[]) {
    router.get(
      `/brands/:slug/feed.${format}`,
      serve(ctx, async (req) => {
        const { brand, taxonomy } = await findBrand(ctx, pathParam(req, 'slug'))
        return cached(ctx, `brand-feed:${brand.id}:${format}`, () => {
          const view = toBrand(brand, taxonomy, ctx.urls)
          return feedRepresentation(ctx, {
            filter: { brands: { in: [brand.id] } },
            format,
            tags: [`brand:${brand.id}`],
            channel: {
              id: view.feeds[format],
              title: view.name,
              description: `${view.name} 最新稿件`,
              link: view.siteUrl ?? ctx.config.siteBase,
              self: view.feeds,
              image: view.logo?.url,
              copyright: `© ${view.name}`,
            },
          })
        })
      }),
    )
  }
}
