import { APIError, type Payload, type PayloadRequest } from 'payload'

import { staffRole } from '../access/roles'
import type { User } from '../payload-types'
import type { FiredTransition } from '../workflow/fire'
import { publishImported } from '../workflow/importPublish'
import { embeddedCaptionIds } from './bodyCaptions'
import { bothLanguages } from '../i18n'

export interface PublishImportedArticleArgs {
  id: string
  user: User
  /** carries the story's transaction, which the workflow joins */
  req: PayloadRequest
}

/** Only editors and admins make imported stories public (DESIGN: only an editor can make content public). */
export const canPublishImports = (user: User): boolean => {
  const role = staffRole({ ...user, collection: 'users' })
  return role === 'editor' || role === 'admin'
}

export const publishRefused = (user: User): APIError =>
  new APIError(
    bothLanguages('messages:import:publish:onlyEditorOrAdmin', { email: user.email, role: user.role }),
    403,
    null,
    true,
  )

/**
 * The import's publish step, kept in one place: publishes the latest draft of the article and of the photo-caption
 * items embedded in it (readers would otherwise get the story without its captions), through the workflow's
 * `publishImported` transition — which lets only a user who may sign the story off for its brands publish it, and
 * records the transition in the audit naming that user. Items already live and unchanged are left as they are.
 */
export const publishImportedArticle = async (
  payload: Payload,
  { id, user, req }: PublishImportedArticleArgs,
): Promise<FiredTransition> => {
  if (!canPublishImports(user)) throw publishRefused(user)
  const asUser = { draft: true, depth: 0, pagination: false, overrideAccess: false, user, req } as const
  // Only the body (which items it embeds) and their status are read here; the transition reads each item itself.
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    select: { body: true },
    ...asUser,
  })
  if (!docs[0]) throw new APIError(bothLanguages('messages:import:publish:articleNotFound', { id }), 404, null, true)
  const captionIds = embeddedCaptionIds(docs[0].body)
  const captions =
    captionIds.length > 0
      ? (
          await payload.find({
            collection: 'photo-captions',
            where: { id: { in: captionIds } },
            select: { _status: true },
            ...asUser,
          })
        ).docs
      : []
  for (const caption of captions) {
    if (caption._status !== 'published')
      await publishImported(payload, { collection: 'photo-captions', id: caption.id, user, req })
  }
  return publishImported(payload, { collection: 'articles', id, user, req })
}
