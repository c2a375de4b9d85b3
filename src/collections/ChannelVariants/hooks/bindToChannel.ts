import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { translate } from '../../../i18n'
import { relationId } from '../../../utilities/relationId'

const refuse = (req: Parameters<CollectionBeforeChangeHook>[0]['req'], key: Parameters<typeof translate>[1]) =>
  new APIError(translate(req, key), 400, undefined, true)

/**
 * A variant belongs to one master and one channel for good: created for a story its author may read, one per channel,
 * it takes the channel's brand (whose reviewers sign it off) and the channel's review levels; neither can be edited.
 */
export const bindToChannel: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc) {
    for (const field of ['master', 'channel'] as const) {
      if (field in data && relationId(data[field]) !== relationId(originalDoc[field]))
        throw refuse(req, 'messages:channels:bindingFixed')
    }
    const bound = { ...data, brands: originalDoc.brands, reviewLevels: originalDoc.reviewLevels }
    if (!('headline' in data)) return bound
    return { ...bound, title: await titleOf(req, data, relationId(originalDoc.master)) }
  }
  const masterId = relationId(data.master)
  const channelId = relationId(data.channel)
  if (!masterId || !channelId) return data
  const { payload } = req
  // As the creator may read it: nobody starts a variant of a story they cannot see.
  const master = await payload
    .findByID({
      collection: 'articles',
      id: masterId,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => null)
  if (!master) throw refuse(req, 'messages:channels:masterNotFound')
  const channel = await payload
    .findByID({ collection: 'channels', id: channelId, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!channel) throw refuse(req, 'messages:channels:channelNotFound')
  const taken = await payload.count({
    collection: 'channel-variants',
    where: { and: [{ master: { equals: masterId } }, { channel: { equals: channelId } }] },
    overrideAccess: true,
    req,
  })
  if (taken.totalDocs > 0) throw refuse(req, 'messages:channels:variantExists')
  return {
    ...data,
    brands: [relationId(channel.brand)],
    reviewLevels: channel.reviewLevels,
    title: ownHeadline(data) || master.headline,
  }
}

const ownHeadline = (data: { headline?: unknown }): string =>
  typeof data.headline === 'string' ? data.headline.trim() : ''

/** The list's title: the variant's own headline, or the master's while it inherits it. */
const titleOf = async (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  data: { headline?: unknown },
  masterId: string | null,
): Promise<string> => {
  const own = ownHeadline(data)
  if (own || !masterId) return own
  const master = await req.payload
    .findByID({
      collection: 'articles',
      id: masterId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      select: { headline: true },
    })
    .catch(() => null)
  return master?.headline ?? ''
}
