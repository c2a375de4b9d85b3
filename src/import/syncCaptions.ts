import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import type { CaptionBlock } from './parser/types'
import { captionData, type StoryRefs } from './storyData'

interface WriteContext {
  user: User
  req: PayloadRequest
  /** the media id of each caption's photo (null: none), by caption position */
  images: (string | null)[]
}

/** Creates the photo-caption items of a new story, in order, as drafts; `first` is the position of captions[0] in the story. */
export const createCaptions = async (
  payload: Payload,
  captions: CaptionBlock[],
  refs: StoryRefs,
  { user, req, images }: WriteContext,
  first = 0,
): Promise<string[]> => {
  const ids: string[] = []
  for (const [index, caption] of captions.entries()) {
    const data = { ...captionData(caption, refs, images[first + index] ?? null), _status: 'draft' as const }
    const doc = await payload.create({ collection: 'photo-captions', data, overrideAccess: false, user, req, depth: 0 })
    ids.push(doc.id)
  }
  return ids
}

export interface PreviousCaptions {
  /** embedded in the article's latest revision, in order: reused by position */
  latest: string[]
  /** embedded in its stored (live, or last saved) version, which keeps showing them until the new revision is saved over it */
  stored: string[]
}

/**
 * A changed story keeps its photo-caption items by position (their ids, and any photo an editor attached, survive):
 * the first n are updated as draft revisions, extra ones created, and surplus ones deleted — unless the article's
 * stored version still shows them.
 */
export const syncCaptions = async (
  payload: Payload,
  previous: PreviousCaptions,
  captions: CaptionBlock[],
  refs: StoryRefs,
  context: WriteContext,
): Promise<string[]> => {
  const { user, req } = context
  // An editor may have deleted an item meanwhile; only existing ones are reused.
  const { docs } = previous.latest.length
    ? await payload.find({
        collection: 'photo-captions',
        where: { id: { in: previous.latest } },
        pagination: false,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const existing = new Set(docs.map((doc) => doc.id))
  const reusable = previous.latest.filter((id) => existing.has(id))
  const ids: string[] = []
  for (const [index, caption] of captions.entries()) {
    const id = reusable[index]
    if (!id) {
      ids.push(...(await createCaptions(payload, [caption], refs, context, index)))
      continue
    }
    const data = { ...captionData(caption, refs, context.images[index] ?? null), _status: 'draft' as const }
    await payload.update({
      collection: 'photo-captions',
      id,
      data,
      draft: true,
      overrideAccess: false,
      user,
      req,
      depth: 0,
    })
    ids.push(id)
  }
  for (const id of reusable.slice(captions.length)) {
    // To the trash, not gone: an import that dropped a caption by mistake can be undone from the admin.
    if (!previous.stored.includes(id))
      await payload.update({
        collection: 'photo-captions',
        id,
        data: { deletedAt: new Date().toISOString() },
        overrideAccess: false,
        user,
        req,
        depth: 0,
      })
  }
  return ids
}
