import type { Payload } from 'payload'

import type { ArticleRecord } from '../serializers/records'
import type { WebhookItemRecord } from './message'
import { relationId } from '../../utilities/relationId'

/**
 * A channel variant's live record for a webhook message: the channel it goes out on, the master as signed (its slug
 * and sections), the variant's headline or the master's. After a withdrawal the live record still holds them.
 */
export const loadVariantItem = async (
  payload: Payload,
  id: string,
): Promise<{ record: WebhookItemRecord; live: boolean } | null> => {
  const { docs } = await payload.find({
    collection: 'channel-variants',
    where: { id: { equals: id } },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { headline: true, master: true, channel: true, brands: true, signedMaster: true, _status: true },
  })
  const variant = docs[0]
  const channelId = relationId(variant?.channel)
  if (!variant || !channelId) return null
  const channel = await payload
    .findByID({ collection: 'channels', id: channelId, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!channel) return null
  const signed = (variant.signedMaster?.snapshot ?? null) as Partial<ArticleRecord> | null
  const masterId = relationId(variant.master) ?? ''
  return {
    record: {
      collection: 'channel-variants',
      id: variant.id,
      headline: variant.headline?.trim() || signed?.headline || null,
      brands: variant.brands,
      sections: signed?.sections ?? [],
      master: { id: masterId, slug: signed?.slug ?? null },
      channel: { id: channel.id, slug: channel.slug ?? channel.id, name: channel.name, kind: channel.kind },
    },
    live: variant._status === 'published',
  }
}
