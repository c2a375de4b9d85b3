import type { ArticleRecord, PhotoCaptionRecord, Taxonomy } from '../serializers/records'
import type { DeliveryUrls } from '../serializers/urls'
import { brandRef, sectionRef } from '../serializers/viewModels'
import type { BrandRef, SectionRef } from '../serializers/views'
import type { ReviewedDelivery } from '../events'
import type { WebhookEvent } from './events'
import { relationIds } from '../../utilities/relationId'

/**
 * The JSON body a receiver gets. Built from an allow-list, like every delivery view: public fields of the item only,
 * never workflow state, owners, comments or staff accounts. A type alias (not an interface) so it is JSON for Payload.
 */
export type WebhookItem = {
  id: string
  slug: string | null
  headline: string | null
  url: string | null
  brands: BrandRef[]
  sections: SectionRef[]
  /** Only for a story's channel form (collection `channel-variants`): which channel, and the story it is a form of. */
  channel?: WebhookChannel
  master?: { id: string; slug: string | null }
}

/** The channel a variant goes out on. */
export type WebhookChannel = { id: string; slug: string; name: string; kind: string }

export type WebhookMessage = {
  /** The same for every receiver and every retry of this event: receivers deduplicate on it. */
  id: string
  event: WebhookEvent
  occurredAt: string
  collection: ReviewedDelivery
  item: WebhookItem
}

/** What the loader reads of an item: the live record's public fields. */
export type WebhookItemRecord =
  | ({ collection: 'articles' } & Pick<ArticleRecord, 'id' | 'slug' | 'headline' | 'brands' | 'sections'>)
  | ({ collection: 'photo-captions' } & Pick<PhotoCaptionRecord, 'id' | 'slug' | 'caption' | 'brands' | 'sections'>)
  | {
      collection: 'channel-variants'
      id: string
      /** The variant's own headline, else the signed master's. */
      headline: string | null
      brands: unknown[] | null | undefined
      /** The signed master's. */
      sections: unknown[] | null | undefined
      master: { id: string; slug: string | null }
      channel: WebhookChannel
    }

export const webhookItem = (record: WebhookItemRecord, taxonomy: Taxonomy, urls: DeliveryUrls): WebhookItem => {
  const brands = relationIds(record.brands).flatMap((id) => {
    const brand = taxonomy.brands.get(id)
    return brand ? [brand] : []
  })
  const sections = relationIds(record.sections).flatMap((id) => {
    const section = taxonomy.sections.get(id)
    return section ? [sectionRef(section)] : []
  })
  if (record.collection === 'channel-variants')
    return {
      id: record.id,
      slug: record.master.slug,
      headline: record.headline,
      url: urls.channelArticle(record.channel.slug, record.id),
      brands: brands.map(brandRef),
      sections,
      channel: record.channel,
      master: record.master,
    }
  const slug = record.slug || record.id
  const siteUrl = brands.map((brand) => brand.siteUrl).find(Boolean)
  return {
    id: record.id,
    slug,
    headline: record.collection === 'articles' ? record.headline : record.caption,
    url: record.collection === 'articles' ? urls.canonical(slug, siteUrl) : urls.photoCaption(slug),
    brands: brands.map(brandRef),
    sections,
  }
}

/** A deleted item: only its id is left to report. */
export const deletedItem = (id: string): WebhookItem => ({
  id,
  slug: null,
  headline: null,
  url: null,
  brands: [],
  sections: [],
})
