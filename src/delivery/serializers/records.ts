import type { Article, Brand, Media, PhotoCaption, Section } from '../../payload-types'

/** What the loaders read: Payload's generated types narrowed to the fields they select. Input of the view builders. */
export type ArticleSummaryRecord = Pick<
  Article,
  | 'id'
  | 'kicker'
  | 'headline'
  | 'subheadline'
  | 'slug'
  | 'summary'
  | 'byline'
  | 'cover'
  | 'brands'
  | 'sections'
  | 'tags'
  | 'publishedAt'
  | 'updatedAt'
  | 'createdAt'
> & { contributors?: Pick<NonNullable<Article['contributors']>[number], 'role' | 'name' | 'organisation'>[] | null }

export type ArticleRecord = ArticleSummaryRecord & Pick<Article, 'dateline' | 'body' | 'printEdition'>

export type PhotoCaptionRecord = Pick<
  PhotoCaption,
  | 'id'
  | 'image'
  | 'caption'
  | 'slug'
  | 'eventDate'
  | 'eventDateEnd'
  | 'location'
  | 'photographer'
  | 'brands'
  | 'sections'
  | 'updatedAt'
  | 'createdAt'
>

export type MediaRecord = Pick<
  Media,
  'id' | 'alt' | 'credit' | 'url' | 'mimeType' | 'filesize' | 'width' | 'height' | 'focalX' | 'focalY' | 'sizes'
>

export type BrandRecord = Pick<
  Brand,
  'id' | 'name' | 'slug' | 'kind' | 'bylineLabel' | 'siteUrl' | 'logo' | 'updatedAt'
>

export type SectionRecord = Pick<
  Section,
  'id' | 'name' | 'slug' | 'parent' | 'order' | 'description' | 'brands' | 'updatedAt'
>

/** Brands, sections and the media they use: small, loaded whole and cached. */
export interface Taxonomy {
  brands: Map<string, BrandRecord>
  sections: Map<string, SectionRecord>
  media: Map<string, MediaRecord>
}

/** Photo-caption items and media an article (or several) embeds, batch-loaded; unpublished items are simply absent. */
export interface Embeds {
  photoCaptions: Map<string, PhotoCaptionRecord>
  media: Map<string, MediaRecord>
}
