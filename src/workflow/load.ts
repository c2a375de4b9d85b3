import type { Payload, PayloadRequest } from 'payload'

import type { WorkflowAudit } from '../payload-types'
import { brandReviewFromDoc, itemReviewChains } from './guard'
import type { BrandReview, HistoryEntry, WorkflowItem } from './types'

import type { WorkflowDoc } from './item'
import type { WorkflowCollection } from './registry'
import { relationId } from '../utilities/relationId'

export { isWorkflowCollection, workflowCollectionsOf, type WorkflowCollection } from './registry'

/** The review chains of an item's brands (re-chained to the item's own levels, if it has them). */
export const loadBrandReviews = async (
  payload: Payload,
  item: Pick<WorkflowItem, 'brandIds' | 'levels'>,
  req?: PayloadRequest,
): Promise<BrandReview[]> => {
  const { brandIds } = item
  if (brandIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'brands',
    where: { id: { in: brandIds } },
    depth: 0,
    limit: brandIds.length,
    overrideAccess: true,
    req,
  })
  return itemReviewChains(item, docs.map(brandReviewFromDoc))
}

export const loadAudit = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: string,
  req?: PayloadRequest,
): Promise<WorkflowAudit[]> => {
  const { docs } = await payload.find({
    collection: 'workflow-audit',
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: id } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
  })
  return docs.reverse()
}

export const historyOf = (audit: WorkflowAudit[]): HistoryEntry[] =>
  audit.map((record) => ({
    transition: record.transition,
    actorId: relationId(record.actor),
    from: record.from,
    to: record.to,
    level: record.level ?? null,
    comment: record.comment ?? undefined,
    at: record.createdAt,
  }))

/** A version of the item is public: the main record (not the newest draft revision) is published. */
export const isLiveRecord = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: string,
  req?: PayloadRequest,
): Promise<boolean> =>
  (
    await payload.count({
      collection,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
  ).totalDocs > 0

/** The item's newest draft as this user may read it (access applies: a refusal is Payload's 403/404). */
export const loadDraftAs = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: string,
  user: PayloadRequest['user'],
  req: PayloadRequest,
): Promise<WorkflowDoc> =>
  (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user, req })) as WorkflowDoc

/** The item's versions, newest first, as `req.user` may read them (the version list, 对比上一轮). */
export const loadVersionsAs = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: string,
  req: PayloadRequest,
  limit: number,
) => {
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    depth: 0,
    limit,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs
}
