import type { RequiredDataFromCollectionSlug } from 'payload'

import type { CaptionBlock, ParsedStory } from './parser/types'
import type { ImportSource } from './source'
import { storyToLexical } from './storyToLexical'

export interface StoryRefs {
  brandIds: string[]
  sectionIds: string[]
}

export type ArticleData = RequiredDataFromCollectionSlug<'articles'>
export type CaptionData = RequiredDataFromCollectionSlug<'photo-captions'>

export const captionsOf = (story: ParsedStory): CaptionBlock[] =>
  story.body.flatMap((block) => (block.type === 'caption' ? [block] : []))

/**
 * A photo-caption item from a "■" line, with the photo a Word story printed beside it. Without one, `image` is left
 * out: a new item has none until an editor adds one, and a re-imported item keeps the photo an editor attached.
 */
export const captionData = (caption: CaptionBlock, refs: StoryRefs, image: string | null = null): CaptionData => ({
  ...(image ? { image } : {}),
  caption: caption.text,
  eventDate: caption.date,
  eventDateEnd: caption.dateEnd,
  photographer: caption.credit,
  brands: refs.brandIds,
  sections: refs.sectionIds,
})

/**
 * A parsed story as article fields (the importer, the seed's fixture story and the bench's raw baseline all build it
 * so); the byline is rendered by the collection from contributors and brands.
 */
export const storyArticleFields = (story: ParsedStory, captionIds: string[], refs: StoryRefs): ArticleData => ({
  kicker: story.kicker,
  headline: story.headline,
  subheadline: story.subheadline,
  dateline: story.dateline,
  summary: story.body.find((block) => block.type === 'paragraph')?.text ?? null,
  body: storyToLexical(story.body, captionIds),
  contributors: story.contributors.map(({ role, name, organisation }) => ({ role, name, organisation })),
  brands: refs.brandIds,
  sections: refs.sectionIds,
})

/** The article fields an import owns: the story, and where it came from. */
export const articleData = (
  story: ParsedStory,
  captionIds: string[],
  refs: StoryRefs,
  source: ImportSource,
): ArticleData => ({
  ...storyArticleFields(story, captionIds, refs),
  importSource: { path: source.path, contentHash: source.contentHash, importedAt: new Date().toISOString() },
})
