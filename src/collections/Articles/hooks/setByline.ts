import type { CollectionBeforeChangeHook } from 'payload'

import { wellFormedIds } from '../../../db'
import type { Article, Brand } from '../../../payload-types'
import { renderByline, type BylineContributor } from '../renderByline'

const brandIds = (brands: Article['brands']): string[] =>
  (brands ?? []).map((brand) => (typeof brand === 'string' ? brand : brand.id))

/** The byline is derived, never typed: it always matches the structured contributors and brands. */
export const setByline: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  // Collection hooks run before field validation: skip rows that validation is about to reject.
  const contributors = (data.contributors ?? originalDoc?.contributors ?? []).filter(
    (row): row is BylineContributor => typeof row?.name === 'string' && typeof row.role === 'string',
  )
  const ids = wellFormedIds(req.payload, brandIds(data.brands ?? originalDoc?.brands))
  const { docs } = ids.length
    ? await req.payload.find({
        collection: 'brands',
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        req,
      })
    : { docs: [] as Brand[] }
  const labels = ids
    .map((id) => docs.find((brand) => brand.id === id))
    .filter((brand): brand is Brand => Boolean(brand))
    .map((brand) => brand.bylineLabel || brand.name)
  return { ...data, byline: renderByline(contributors, labels) }
}
