import type { Where } from 'payload'

import type { Channel, ChannelVariant } from '../../payload-types'
import type { ListCursor } from '../cursor'
import type { ArticleRecord } from '../serializers/records'
import { readOptions, visible, type ReadScope } from './scope'

/** What a channel's readers get of a variant: its overrides and the master as signed. */
export type ChannelVariantRecord = Pick<
  ChannelVariant,
  | 'id'
  | 'master'
  | 'channel'
  | 'kicker'
  | 'headline'
  | 'subheadline'
  | 'digest'
  | 'cover'
  | 'bodyMode'
  | 'excerptBlocks'
  | 'body'
  | 'rehostedImages'
  | 'signedMaster'
  | 'updatedAt'
>

const variantSelect = {
  master: true,
  channel: true,
  kicker: true,
  headline: true,
  subheadline: true,
  digest: true,
  cover: true,
  bodyMode: true,
  excerptBlocks: true,
  body: true,
  rehostedImages: true,
  signedMaster: true,
  updatedAt: true,
} as const

/** The master as it was signed off for the channel (null only for records written before 签发 kept it). */
export const signedMaster = (variant: Pick<ChannelVariant, 'signedMaster'>): ArticleRecord | null => {
  const snapshot = variant.signedMaster?.snapshot
  return snapshot && typeof snapshot === 'object' && !Array.isArray(snapshot) && 'id' in snapshot
    ? (snapshot as unknown as ArticleRecord)
    : null
}

export const loadChannels = async (scope: ReadScope): Promise<Channel[]> =>
  (
    await scope.payload.find({
      collection: 'channels',
      overrideAccess: false,
      depth: 0,
      sort: 'name',
      limit: 200,
      pagination: false,
    })
  ).docs

/** Newest sign-off first; the id breaks ties so a cursor is exact. */
const newestFirst = ['-signedMaster.at', '-id']

const after = (cursor: ListCursor): Where => ({
  or: [
    { 'signedMaster.at': { less_than: cursor.publishedAt } },
    { and: [{ 'signedMaster.at': { equals: cursor.publishedAt } }, { id: { less_than: cursor.id } }] },
  ],
})

/** One page of a channel's signed-off variants, strictly after `cursor`; reads limit + 1 rows, never counts. */
export const listChannelVariants = async (
  scope: ReadScope,
  channelId: string,
  cursor: ListCursor | null,
  limit: number,
): Promise<{ records: ChannelVariantRecord[]; next: ListCursor | null }> => {
  const conditions: Where[] = [{ channel: { equals: channelId } }, { 'signedMaster.at': { exists: true } }]
  if (cursor) conditions.push(after(cursor))
  const { docs } = await scope.payload.find({
    collection: 'channel-variants',
    ...readOptions(scope),
    where: visible(scope, { and: conditions }),
    select: variantSelect,
    sort: newestFirst,
    limit: limit + 1,
    pagination: false,
  })
  const records = docs.slice(0, limit) as ChannelVariantRecord[]
  const last = records.at(-1)
  const signedAt = last?.signedMaster?.at
  return {
    records,
    next:
      docs.length > limit && last && signedAt ? { publishedAt: new Date(signedAt).toISOString(), id: last.id } : null,
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const objectId = /^[0-9a-f]{24}$/i

/**
 * A channel's variant by the variant's id, the master's id or the master's slug (as readers link to the story).
 * The slug is looked up among published articles, so a draft's slug finds nothing.
 */
export const findChannelVariant = async (
  scope: ReadScope,
  channelId: string,
  ref: string,
): Promise<ChannelVariantRecord | null> => {
  let refs: Where
  if (uuid.test(ref) || objectId.test(ref)) refs = { or: [{ id: { equals: ref } }, { master: { equals: ref } }] }
  else {
    const { docs } = await scope.payload.find({
      collection: 'articles',
      ...readOptions(scope),
      where: visible(scope, { slug: { equals: ref } }),
      select: { slug: true },
      limit: 1,
      pagination: false,
    })
    if (!docs[0]) return null
    refs = { master: { equals: docs[0].id } }
  }
  const { docs } = await scope.payload.find({
    collection: 'channel-variants',
    ...readOptions(scope),
    where: visible(scope, { and: [{ channel: { equals: channelId } }, refs] }),
    select: variantSelect,
    limit: 1,
    pagination: false,
  })
  return (docs[0] as ChannelVariantRecord | undefined) ?? null
}
