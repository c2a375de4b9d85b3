import type { Router } from 'express'

import { sectionBySlug, sectionWithDescendants } from '../content/taxonomy'
import type { DeliveryContext } from '../context'
import { jsonRepresentation, notFound, parseLimit, parseListCursor, parseRef, pathParam, queryValue } from '../http'
import type { FeedFormat } from '../serializers/feeds'
import type { Taxonomy } from '../serializers/records'
import { sectionRef, toSection } from '../serializers/viewModels'
import type { SectionRef, SectionView } from '../serializers/views'
import { feedRepresentation } from './feeds'
import { articleListRepresentation, listCacheKey } from './lists'
import { cached, serve } from './respond'
import { relationId } from '../../utilities/relationId'

/** The subtree below a section; the visited set guards against a cycle that slipped past the collection's hook. */
const subtree = (
  taxonomy: Taxonomy,
  parentId: string | null,
  ctx: DeliveryContext,
  visited = new Set<string>(),
): SectionView[] =>
  [...taxonomy.sections.values()]
    .filter((section) => {
      const parent = relationId(section.parent)
      return (
        (parentId === null ? !parent || !taxonomy.sections.has(parent) : parent === parentId) &&
        !visited.has(section.id)
      )
    })
    .map((section) => {
      visited.add(section.id)
      return toSection(section, taxonomy, ctx.urls, subtree(taxonomy, section.id, ctx, visited))
    })

const ancestors = (taxonomy: Taxonomy, sectionId: string): SectionRef[] => {
  const path: SectionRef[] = []
  let parentId = relationId(taxonomy.sections.get(sectionId)?.parent)
  while (parentId && path.length < 50) {
    const parent = taxonomy.sections.get(parentId)
    if (!parent || parent.id === sectionId) break
    path.unshift(sectionRef(parent))
    parentId = relationId(parent.parent)
  }
  return path
}

const findSection = async (ctx: DeliveryContext, slug: string | undefined) => {
  const taxonomy = await ctx.taxonomy()
  const section = sectionBySlug(taxonomy, parseRef(slug, 'Section'))
  if (!section) throw notFound('Section')
  return { section, taxonomy }
}

export const sectionRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/sections',
    serve(ctx, async () =>
      cached(ctx, 'sections', async () => {
        const taxonomy = await ctx.taxonomy()
        return jsonRepresentation({ items: subtree(taxonomy, null, ctx) }, [
          'sections',
          ...[...taxonomy.sections.keys()].map((id) => `section:${id}`),
        ])
      }),
    ),
  )

  router.get(
    '/sections/:slug',
    serve(ctx, async (req) => {
      const { section, taxonomy } = await findSection(ctx, pathParam(req, 'slug'))
      return cached(ctx, `section:${section.id}`, async () => {
        const view = {
          ...toSection(section, taxonomy, ctx.urls, subtree(taxonomy, section.id, ctx, new Set([section.id]))),
          ancestors: ancestors(taxonomy, section.id),
        }
        return jsonRepresentation(view, [
          'sections',
          ...sectionWithDescendants(taxonomy, section.id).map((id) => `section:${id}`),
        ])
      })
    }),
  )

  router.get(
    '/sections/:slug/articles',
    serve(ctx, async (req) => {
      const { section, taxonomy } = await findSection(ctx, pathParam(req, 'slug'))
      const limit = parseLimit(queryValue(req, 'limit'))
      const cursor = parseListCursor(queryValue(req, 'cursor'))
      const ids = sectionWithDescendants(taxonomy, section.id)
      return cached(ctx, listCacheKey(`section:${section.id}`, cursor, limit), () =>
        articleListRepresentation(ctx, {
          filter: { sections: { in: ids } },
          cursor,
          limit,
          self: `${ctx.urls.section(section.slug || section.id)}/articles`,
          tags: ids.map((id) => `section:${id}`),
        }),
      )
    }),
  )

  for (const format of ['rss', 'atom'] as const satisfies FeedFormat[]) {
    router.get(
      `/sections/:slug/feed.${format}`,
      serve(ctx, async (req) => {
        const { section, taxonomy } = await findSection(ctx, pathParam(req, 'slug'))
        const ids = sectionWithDescendants(taxonomy, section.id)
        return cached(ctx, `section-feed:${section.id}:${format}`, () => {
          const view = toSection(section, taxonomy, ctx.urls)
          const siteUrl = view.brands.map((brand) => taxonomy.brands.get(brand.id)?.siteUrl).find(Boolean)
          return feedRepresentation(ctx, {
            filter: { sections: { in: ids } },
            format,
            tags: ids.map((id) => `section:${id}`),
            channel: {
              id: view.feeds[format],
              title: view.brands.length > 0 ? `${view.brands[0].name} · ${view.name}` : view.name,
              description: view.description ?? `${view.name} 最新稿件`,
              link: siteUrl ?? ctx.config.siteBase,
              self: view.feeds,
              copyright: `© ${view.brands.map((brand) => brand.name).join(' / ') || view.name}`,
            },
          })
        })
      }),
    )
  }
}
