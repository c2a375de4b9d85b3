import type { CollectionSlug, SanitizedConfig } from 'payload'

import { relationTargets } from './relations'
import { skippedCollections } from './format'

/**
 * The exported collections in an order where relations point backwards wherever possible (media before the
 * photo-caption items that show them, brands and sections before articles). Cycles (users ↔ brands, a section's
 * parent) are broken by taking the collection with the fewest relations still pending, then the one most others need;
 * the import clears those few values on the first write and restores them once every collection is in.
 */
export const loadOrder = (config: SanitizedConfig): CollectionSlug[] => {
  const collections = config.collections.filter((collection) => !skippedCollections.includes(collection.slug))
  const slugs: string[] = collections.map((collection) => collection.slug)
  const needs = new Map(
    collections.map((collection) => {
      const targets = relationTargets(collection.flattenedFields, config)
      targets.delete(collection.slug)
      return [collection.slug, new Set([...targets].filter((slug) => slugs.includes(slug)))] as const
    }),
  )
  const order: CollectionSlug[] = []
  const remaining = collections.map((collection) => collection.slug)
  const pendingNeeds = (slug: CollectionSlug): number =>
    [...(needs.get(slug) ?? [])].filter((target) => !(order as string[]).includes(target)).length
  const neededBy = (slug: CollectionSlug): number =>
    remaining.filter((other) => other !== slug && needs.get(other)?.has(slug)).length
  const rank = (slug: CollectionSlug): [number, number] => [pendingNeeds(slug), -neededBy(slug)]
  const before = (a: [number, number], b: [number, number]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])
  while (remaining.length > 0) {
    const next = remaining.reduce((best, slug) => (before(rank(slug), rank(best)) ? slug : best))
    order.push(next)
    remaining.splice(remaining.indexOf(next), 1)
  }
  return order
}
