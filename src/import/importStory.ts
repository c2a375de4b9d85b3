import { commitTransaction, createLocalReq, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { Article, User } from '../payload-types'
import type { ImportAs } from './args'
import { embeddedCaptionIds } from './bodyCaptions'
import { findImported } from './findImported'
import type { DocxImage } from './docx/readDocx'
import type { ParsedStory } from './parser/types'
import { canPublishImports, publishImportedArticle, publishRefused } from './publish'
import type { ImportSource } from './source'
import { articleData, captionsOf, type StoryRefs } from './storyData'
import { removeWrittenFiles, saveStoryImages } from './storyImages'
import { createCaptions, syncCaptions } from './syncCaptions'

export interface StoryImport {
  story: ParsedStory
  source: ImportSource
  refs: StoryRefs
  user: User
  as: ImportAs
  /** a Word story's photos (empty for plain text) */
  images?: DocxImage[]
}

export interface StoryOutcome {
  /** imported: new article; updated: new content or newly published; skipped: same content, nothing to do */
  status: 'imported' | 'updated' | 'skipped'
  articleId: string
  captions: number
}

/** The article's stored document: the live version when it is published, otherwise the last non-draft save. */
const findStored = async (
  payload: Payload,
  id: string,
  req: PayloadRequest,
): Promise<Pick<Article, 'id' | 'body'> | undefined> => {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: { body: true },
    req,
  })
  return docs[0]
}

const saveStory = async (
  payload: Payload,
  input: StoryImport,
  req: PayloadRequest,
  written: string[],
): Promise<StoryOutcome> => {
  const { story, source, refs, user, as } = input
  // Refused before the first write, so that nothing is left behind even where there are no transactions.
  if (as === 'published' && !canPublishImports(user)) throw publishRefused(user)
  const captions = captionsOf(story)
  const existing = await findImported(payload, source.path, req)
  const unchanged = existing?.importSource?.contentHash === source.contentHash
  const images = unchanged
    ? []
    : await saveStoryImages(payload, input.images ?? [], captions, story.headline, { user, req, written })
  const context = { user, req, images }

  if (!existing) {
    const captionIds = await createCaptions(payload, captions, refs, context)
    const article = await payload.create({
      collection: 'articles',
      data: { ...articleData(story, captionIds, refs, source), _status: 'draft' },
      overrideAccess: false,
      user,
      req,
      depth: 0,
    })
    if (as === 'published') await publishImportedArticle(payload, { id: article.id, user, req })
    return { status: 'imported', articleId: article.id, captions: captionIds.length }
  }

  const latestCaptions = embeddedCaptionIds(existing.body)
  if (unchanged) {
    if (as === 'draft' || existing._status === 'published')
      return { status: 'skipped', articleId: existing.id, captions: latestCaptions.length }
    await publishImportedArticle(payload, { id: existing.id, user, req })
    return { status: 'updated', articleId: existing.id, captions: latestCaptions.length }
  }

  const stored = await findStored(payload, existing.id, req)
  const captionIds = await syncCaptions(
    payload,
    { latest: latestCaptions, stored: embeddedCaptionIds(stored?.body) },
    captions,
    refs,
    context,
  )
  // Always a draft revision: on a published article a plain update would replace the live story (DESIGN pitfall).
  await payload.update({
    collection: 'articles',
    id: existing.id,
    data: { ...articleData(story, captionIds, refs, source), _status: 'draft' },
    draft: true,
    overrideAccess: false,
    user,
    req,
    depth: 0,
  })
  if (as === 'published') await publishImportedArticle(payload, { id: existing.id, user, req })
  return { status: 'updated', articleId: existing.id, captions: captionIds.length }
}

/**
 * One story, one transaction: its photo-caption items, the article and the publish step are committed together or
 * not at all, so an import killed at any point leaves no half-built article and a rerun finishes the job. Payload's
 * operations use the transaction when `req.transactionID` is set and roll it back themselves when they fail. Ending
 * it through Payload's commitTransaction/killTransaction also clears `req.transactionID`, which after-commit work
 * (delivery cache purges, webhooks) waits for.
 */
export const importStory = async (payload: Payload, input: StoryImport): Promise<StoryOutcome> => {
  const req = await createLocalReq({ user: input.user }, payload)
  const transactionID = await payload.db.beginTransaction()
  // null: the database has no transactions (MongoDB without a replica set); the story is then written step by step.
  if (transactionID !== null) req.transactionID = transactionID
  const written: string[] = []
  try {
    const outcome = await saveStory(payload, input, req, written)
    if (req.transactionID) await commitTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    // Rolled back, the media documents are gone and their files would be strays; without a transaction they stay.
    if (transactionID !== null) await removeWrittenFiles(payload, written)
    throw error
  }
}
