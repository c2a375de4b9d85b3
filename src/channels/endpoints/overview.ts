import type { Endpoint, PayloadRequest } from 'payload'

import type { Channel, ChannelVariant } from '../../payload-types'
import { relationId } from '../../utilities/relationId'
import { preflightVariant } from '../release'
import type { PreflightProblem } from '../types'
import { refuse } from './refuse'
import { requireStaff } from './staffOnly'

export interface ChannelVariantOverview {
  id: string
  title: string
  workflowState: NonNullable<ChannelVariant['workflowState']>
  reviewLevel: number | null
  reviewLevels: number | null
  /** Readers get a signed-off version of it now (it may be under revision meanwhile). */
  live: boolean
  signedAt: string | null
  masterChangedSinceSigned: boolean
  /** The same check 签发 runs (GET /api/channel-variants/:id/preflight has the details). */
  preflight: { ok: boolean; problems: PreflightProblem[]; rehost: string[] }
}

export interface ChannelOverview {
  channel: { id: string; name: string; slug: string; kind: Channel['kind'] }
  /** This story's variant for the channel; null while there is none (or none the user may read). */
  variant: ChannelVariantOverview | null
}

export interface MasterOverview {
  master: { id: string; headline: string }
  channels: ChannelOverview[]
}

const instant = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : NaN)

const idShaped = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[0-9a-f]{24}$/i

/**
 * 一稿多签 of one story at a glance: every channel, with the story's variant for it where one exists — state, level,
 * whether it is live, when it was signed off, whether the master changed since, and its preflight — so the article's
 * 渠道 panel needs one request. The master as the user may read it (404 otherwise), variants likewise: a colleague's
 * unpublished variant is not there for a correspondent.
 */
export const loadMasterOverview = async (req: PayloadRequest, masterId: string): Promise<MasterOverview> => {
  const { payload } = req
  const master = await payload
    .findByID({
      collection: 'articles',
      id: masterId,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      select: { headline: true, updatedAt: true },
    })
    .catch(() => null)
  if (!master) throw refuse(req, 404, 'messages:channels:masterNotFound')
  const channels = await payload.find({
    collection: 'channels',
    sort: 'createdAt',
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const asUser = { depth: 0, limit: 100, pagination: false, overrideAccess: false, user: req.user, req } as const
  const where = { master: { equals: master.id } }
  // The main record says whether a variant is live; its latest draft is what its panel shows. Someone who may read
  // only published items gets the live record of a variant under revision, and nothing of an unpublished one.
  const [main, latest] = await Promise.all([
    payload.find({ collection: 'channel-variants', where, ...asUser }),
    payload.find({ collection: 'channel-variants', where, draft: true, ...asUser }),
  ])
  const live = new Set(main.docs.filter((doc) => doc._status === 'published').map((doc) => doc.id))
  const byChannel = new Map<string, ChannelVariant>()
  for (const variant of [...main.docs, ...latest.docs] as ChannelVariant[]) {
    const channelId = relationId(variant.channel)
    if (channelId) byChannel.set(channelId, variant)
  }
  const overview: ChannelOverview[] = []
  for (const channel of channels.docs) {
    const variant = byChannel.get(channel.id)
    const summary = { id: channel.id, name: channel.name, slug: channel.slug ?? channel.id, kind: channel.kind }
    if (!variant) {
      overview.push({ channel: summary, variant: null })
      continue
    }
    const { problems, rehost } = await preflightVariant(payload, variant, req)
    const signed = variant.signedMaster?.updatedAt
    overview.push({
      channel: summary,
      variant: {
        id: variant.id,
        title: variant.title ?? master.headline ?? '',
        workflowState: variant.workflowState ?? 'draft',
        reviewLevel: variant.reviewLevel ?? null,
        reviewLevels: variant.reviewLevels ?? null,
        live: live.has(variant.id),
        signedAt: variant.signedMaster?.at ?? null,
        masterChangedSinceSigned: Boolean(signed && instant(master.updatedAt) > instant(signed)),
        preflight: { ok: problems.length === 0, problems, rehost },
      },
    })
  }
  return { master: { id: master.id, headline: master.headline ?? '' }, channels: overview }
}

/** `GET /api/channel-variants/overview?master=<article id>`: the story's channels and variants (loadMasterOverview). */
export const overviewEndpoint: Endpoint = {
  path: '/overview',
  method: 'get',
  handler: async (req) => {
    requireStaff(req)
    const masterId = req.searchParams.get('master')?.trim() ?? ''
    if (!masterId) throw refuse(req, 400, 'admin:channels:errors:masterRequired')
    // Not an id at all: no such story (MongoDB would refuse to compare it with _id).
    if (!idShaped.test(masterId)) throw refuse(req, 404, 'messages:channels:masterNotFound')
    return Response.json(await loadMasterOverview(req, masterId))
  },
}
