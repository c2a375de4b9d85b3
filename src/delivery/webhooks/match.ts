import { sectionWithDescendants } from '../content/taxonomy'
import type { Taxonomy } from '../serializers/records'
import type { Webhook } from '../../payload-types'
import type { WebhookEvent } from './events'
import type { WebhookItem } from './message'
import { relationIds } from '../../utilities/relationId'

/**
 * Whether a webhook wants this event about this item: it is active, subscribes to the event, and its brand and
 * section filters (when set) meet the item's; a section filter also takes the section's sub-sections.
 */
export const webhookMatches = (
  webhook: Pick<Webhook, 'active' | 'events' | 'brands' | 'sections'>,
  event: WebhookEvent,
  item: WebhookItem,
  taxonomy: Taxonomy,
): boolean => {
  if (webhook.active === false || !(webhook.events ?? []).includes(event)) return false
  const brands = relationIds(webhook.brands)
  if (brands.length > 0 && !item.brands.some((brand) => brands.includes(brand.id))) return false
  const sections = relationIds(webhook.sections).flatMap((id) => sectionWithDescendants(taxonomy, id))
  if (sections.length > 0 && !item.sections.some((section) => sections.includes(section.id))) return false
  return true
}
