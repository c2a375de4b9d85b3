import type { BrandRecord, MediaRecord, SectionRecord, Taxonomy } from '../serializers/records'
import { readOptions, type ReadScope } from './scope'
import { loadMedia } from './media'
import { relationId } from '../../utilities/relationId'

// A newsroom has a handful of brands and at most a few hundred sections; more would need paging here.
const maxRows = 1_000

/** Every brand and section (public in full, apart from staff-only fields left out of the select) and their logos. */
export const loadTaxonomy = async (scope: ReadScope): Promise<Taxonomy> => {
  const { payload } = scope
  const [brands, sections] = await Promise.all([
    payload.find({
      collection: 'brands',
      ...readOptions(scope),
      select: { name: true, slug: true, kind: true, bylineLabel: true, siteUrl: true, logo: true, updatedAt: true },
      sort: 'name',
      limit: maxRows,
      pagination: false,
    }),
    payload.find({
      collection: 'sections',
      ...readOptions(scope),
      select: { name: true, slug: true, parent: true, order: true, description: true, brands: true, updatedAt: true },
      sort: ['order', 'name'],
      limit: maxRows,
      pagination: false,
    }),
  ])
  const logoIds = brands.docs.map((brand) => relationId(brand.logo)).filter((id): id is string => id !== null)
  const media: Map<string, MediaRecord> = await loadMedia(scope, logoIds)
  return {
    brands: new Map(brands.docs.map((brand): [string, BrandRecord] => [brand.id, brand])),
    sections: new Map(sections.docs.map((section): [string, SectionRecord] => [section.id, section])),
    media,
  }
}

export const taxonomyTags = (taxonomy: Taxonomy): string[] => [
  'brands',
  'sections',
  ...[...taxonomy.media.keys()].map((id) => `media:${id}`),
]

export const brandBySlug = (taxonomy: Taxonomy, slug: string): BrandRecord | undefined =>
  [...taxonomy.brands.values()].find((brand) => brand.slug === slug)

export const sectionBySlug = (taxonomy: Taxonomy, slug: string): SectionRecord | undefined =>
  [...taxonomy.sections.values()].find((section) => section.slug === slug)

/** A section and everything below it: a section's list includes its sub-sections' stories. */
export const sectionWithDescendants = (taxonomy: Taxonomy, sectionId: string): string[] => {
  const result = [sectionId]
  for (let index = 0; index < result.length && result.length <= maxRows; index++) {
    for (const section of taxonomy.sections.values()) {
      if (relationId(section.parent) === result[index] && !result.includes(section.id)) result.push(section.id)
    }
  }
  return result
}
