import type { Endpoint, PayloadRequest } from 'payload'

import { findArticles } from '../../delivery/content/articles'
import { previewScope, publishedScope, refWhere, type ReadScope } from '../../delivery/content/scope'
import { loadTaxonomy } from '../../delivery/content/taxonomy'
import { deliveryConfigFromEnv } from '../../delivery/config'
import type { ArticleRecord } from '../../delivery/serializers/records'
import { deliveryUrls } from '../../delivery/serializers/urls'
import { bilingual } from '../../i18n'
import { kindLabels } from '../../collections/Channels/options'
import type { Channel, ChannelVariant } from '../../payload-types'
import { countCharacters } from '../../utilities/countCharacters'
import { relationId } from '../../utilities/relationId'
import { buildChannelArticle } from '../channelArticle'
import { channelConfigOf } from '../channelConfig'
import { newsroomDay, parseEditionDay, tomorrowInNewsroom } from '../editionDay'
import { printDayPlan, type PrintPage, type PrintPlanItem } from '../printPlan'
import { refuse } from './refuse'
import { requireStaff } from './staffOnly'

/** ±10 %: how far a story may run off its planned length before the night desk is warned. */
export const printPlanTolerance = 0.1

/** A story on the plan: printDayPlan's item, and where its length was counted from. */
export interface PrintPlanStory extends PrintPlanItem {
  reviewLevel: number | null
  reviewLevels: number | null
  masterId: string | null
  /** 'live': the master's published record; 'draft': its latest draft (not yet published); null: not readable. */
  countedFrom: 'live' | 'draft' | null
}

export interface PrintPlanAnswer {
  /** The edition day, YYYY-MM-DD in the newsroom's zone. */
  date: string
  channel: { id: string; name: string; slug: string; kind: Channel['kind'] }
  tolerance: number
  pages: PrintPage<PrintPlanStory>[]
}

const shown = (value: string): string => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

/** `?date=`: absent is tomorrow; anything else must be a real day. */
const editionDayOf = (req: PayloadRequest): string => {
  const raw = req.searchParams.get('date')
  if (raw === null) return tomorrowInNewsroom()
  const day = parseEditionDay(raw.trim())
  if (!day) throw refuse(req, 400, 'admin:channels:errors:dateInvalid', { value: shown(raw) })
  return day
}

/** `?channel=`: a print channel by slug or id; 404 for one that does not exist, 400 for any other kind. */
const printChannelOf = async (req: PayloadRequest): Promise<Channel> => {
  const ref = req.searchParams.get('channel')?.trim() ?? ''
  if (!ref || ref.length > 200) throw refuse(req, 400, 'admin:channels:errors:channelRequired')
  const { docs } = await req.payload.find({
    collection: 'channels',
    where: refWhere(ref),
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const channel = docs[0]
  if (!channel) throw refuse(req, 404, 'admin:channels:errors:channelNotFound', { channel: shown(ref) })
  if (channel.kind !== 'print')
    throw refuse(req, 400, 'admin:channels:errors:notPrintChannel', {
      name: channel.name,
      kind: bilingual(kindLabels[channel.kind]),
    })
  return channel
}

interface Master {
  record: ArticleRecord
  scope: ReadScope
  countedFrom: 'live' | 'draft'
}

/**
 * The masters the plan counts from: each one's live record where it is published (what readers get, and what 签发
 * would sign), otherwise its latest draft — the paper of tomorrow is usually planned before the story is released —
 * read only where the user may read that draft themselves.
 */
const loadMasters = async (req: PayloadRequest, ids: string[]): Promise<Map<string, Master>> => {
  const { payload } = req
  const masters = new Map<string, Master>()
  if (ids.length === 0) return masters
  const live = publishedScope(payload)
  for (const record of await findArticles(live, ids))
    masters.set(record.id, { record, scope: live, countedFrom: 'live' })
  const unpublished = ids.filter((id) => !masters.has(id))
  if (unpublished.length === 0) return masters
  const readable = await payload.find({
    collection: 'articles',
    where: { id: { in: unpublished } },
    draft: true,
    depth: 0,
    limit: unpublished.length,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
    select: {},
  })
  // Drafts and what they embed (caption items not yet published either), past access: the check is the one above.
  const drafts = previewScope(payload, {})
  const draftIds = readable.docs.map((doc) => doc.id)
  for (const record of await findArticles(drafts, draftIds))
    masters.set(record.id, { record, scope: drafts, countedFrom: 'draft' })
  return masters
}

/**
 * 版面计划 of one print channel for one day: its variants with that edition date in any state but withdrawn (drafts
 * as the user may read them), each composed for the channel as it would print now, with its 字数 against its plan.
 */
export const loadPrintPlan = async (req: PayloadRequest, channel: Channel, day: string): Promise<PrintPlanAnswer> => {
  const { payload } = req
  const { start, end } = newsroomDay(day)
  const { docs } = await payload.find({
    collection: 'channel-variants',
    where: {
      and: [
        { channel: { equals: channel.id } },
        { 'print.editionDate': { greater_than_equal: start } },
        { 'print.editionDate': { less_than: end } },
        { workflowState: { not_equals: 'withdrawn' } },
      ],
    },
    draft: true,
    depth: 0,
    sort: 'createdAt',
    limit: 500,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const variants = docs as ChannelVariant[]
  const masterIds = [...new Set(variants.map((variant) => relationId(variant.master)).filter((id) => id !== null))]
  const masters = await loadMasters(req, masterIds)
  const config = channelConfigOf(channel)
  const taxonomy = await loadTaxonomy(publishedScope(payload))
  const urls = deliveryUrls(deliveryConfigFromEnv())
  const stories: PrintPlanStory[] = []
  for (const variant of variants) {
    const masterId = relationId(variant.master)
    const master = masterId ? masters.get(masterId) : undefined
    const composed = master
      ? await buildChannelArticle(master.scope, taxonomy, urls, config, master.record, variant)
      : null
    stories.push({
      id: variant.id,
      headline: composed?.article.headline ?? variant.title ?? '',
      page: variant.print?.page ?? null,
      plannedLength: variant.print?.plannedLength ?? null,
      // The text as it prints: body and photo captions (■…), punctuation not counted.
      actualLength: composed ? countCharacters(composed.composed.bodyText) : 0,
      state: variant.workflowState ?? 'draft',
      reviewLevel: variant.reviewLevel ?? null,
      reviewLevels: variant.reviewLevels ?? null,
      masterId,
      countedFrom: master?.countedFrom ?? null,
    })
  }
  return {
    date: day,
    channel: { id: channel.id, name: channel.name, slug: channel.slug ?? channel.id, kind: channel.kind },
    tolerance: printPlanTolerance,
    ...printDayPlan(stories, printPlanTolerance),
  }
}

/**
 * `GET /api/channel-variants/print-plan?channel=<slug or id>&date=YYYY-MM-DD`: tomorrow's paper (or the day asked
 * for) page by page, planned against actual length. Staff only; the channel must be a print channel.
 */
export const printPlanEndpoint: Endpoint = {
  path: '/print-plan',
  method: 'get',
  handler: async (req) => {
    requireStaff(req)
    const day = editionDayOf(req)
    const channel = await printChannelOf(req)
    return Response.json(await loadPrintPlan(req, channel, day))
  },
}
