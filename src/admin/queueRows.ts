import type { Payload, PayloadRequest } from 'payload'

import { workflowItemOf, type WorkflowDoc } from '../workflow/item'
import { historyOf, workflowCollectionsOf, type WorkflowCollection } from '../workflow/load'
import type { QueueEntry, QueueGroup } from '../workflow/queue'
import { reviewLevelLabel } from '../workflow/labels'
import type { Label } from '../i18n'
import type { WorkflowAudit } from '../payload-types'
import { itemDescriber, type ItemContext } from './workflowView'
import { relationId } from '../utilities/relationId'

export interface QueueRow extends QueueEntry {
  context: ItemContext
  levelLabel: Label | null
  levels: number
  /** A revision of a story that is live (readers see the previous version meanwhile). */
  revisionOfLive: boolean
  latestComment: { text: string; by: string | null; at: string } | null
  /** A channel variant's channel (我的待办 groups variants by it); null for stories and photo captions. */
  channel: { id: string; name: string } | null
}

type Doc = WorkflowDoc & { updatedAt: string; channel?: unknown }

/**
 * The details a queue row shows beyond myQueue's entry — author, brands, level, whether it revises a live story,
 * how long it has waited and the latest comment — for all rows with a handful of queries, not one set per row.
 */
export const queueRows = async (
  payload: Payload,
  req: PayloadRequest,
  queue: Record<QueueGroup, QueueEntry[]>,
): Promise<Record<QueueGroup, QueueRow[]>> => {
  const entries = Object.values(queue).flat()
  const docs = new Map<string, Doc>()
  const live = new Set<string>()
  const audits = new Map<string, WorkflowAudit[]>()
  const comments = new Map<string, { text: string; by: string | null; at: string }>()
  const byCollection = (collection: WorkflowCollection) => [
    ...new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id)),
  ]

  for (const collection of workflowCollectionsOf(payload)) {
    const ids = byCollection(collection)
    if (ids.length === 0) continue
    const found = await payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as Doc[]) docs.set(`${collection}:${doc.id}`, doc)
    // Without `draft` the main record answers: published there means readers see a version while this one is reviewed.
    const published = await payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      req,
      select: {},
    })
    for (const doc of published.docs) live.add(`${collection}:${doc.id}`)
    const audit = await payload.find({
      collection: 'workflow-audit',
      where: { and: [{ itemCollection: { equals: collection } }, { itemId: { in: ids } }] },
      sort: 'createdAt',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const record of audit.docs) {
      const key = `${collection}:${record.itemId}`
      audits.set(key, [...(audits.get(key) ?? []), record])
      if (record.comment)
        comments.set(key, { text: record.comment, by: record.actorName ?? null, at: record.createdAt })
    }
    const notes = await payload.find({
      collection: 'editorial-comments',
      where: { and: [{ 'item.relationTo': { equals: collection } }, { 'item.value': { in: ids } }] },
      sort: 'createdAt',
      depth: 1,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const note of notes.docs) {
      const itemId = relationId(note.item.value)
      const key = `${collection}:${itemId}`
      const previous = comments.get(key)
      if (!previous || previous.at < note.createdAt) {
        comments.set(key, {
          text: note.text,
          by: typeof note.author === 'object' && note.author ? (note.author.name ?? null) : null,
          at: note.createdAt,
        })
      }
    }
  }

  const variants = [...docs].filter(([key]) => key.startsWith('channel-variants:')).map(([, doc]) => doc)
  const channels = await channelNames(payload, req, variants)
  const describe = await itemDescriber(payload, req)
  const rows = {} as Record<QueueGroup, QueueRow[]>
  for (const group of Object.keys(queue) as QueueGroup[]) {
    rows[group] = []
    for (const entry of queue[group]) {
      const key = `${entry.collection}:${entry.id}`
      const doc = docs.get(key)
      if (!doc) continue
      const item = workflowItemOf(doc, historyOf(audits.get(key) ?? []))
      const context = await describe(item)
      const levels = context.levels
      rows[group].push({
        ...entry,
        context,
        levels,
        levelLabel: entry.reviewLevel ? reviewLevelLabel(entry.reviewLevel, levels) : null,
        revisionOfLive: live.has(key) && entry.state !== 'published',
        latestComment: comments.get(key) ?? null,
        channel: entry.collection === 'channel-variants' ? (channels.get(relationId(doc.channel) ?? '') ?? null) : null,
      })
    }
  }
  return rows
}

/** The channels of the variants in the queue, by id, in one query. */
const channelNames = async (
  payload: Payload,
  req: PayloadRequest,
  docs: Doc[],
): Promise<Map<string, { id: string; name: string }>> => {
  const ids = [...new Set(docs.map((doc) => relationId(doc.channel)).filter((id): id is string => id !== null))]
  if (ids.length === 0) return new Map()
  const { docs: channels } = await payload.find({
    collection: 'channels',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  return new Map(channels.map((channel) => [channel.id, { id: channel.id, name: channel.name }]))
}
