import type { Payload, PayloadRequest } from 'payload'

import { availableTransitions, currentReviewLevel, effectiveLevels } from './guard'
import { workflowItemOf, type WorkflowDoc } from './item'
import { reviewLevelLabel, stateLabels } from './labels'
import { historyOf, isLiveRecord, loadAudit, loadBrandReviews, loadDraftAs, type WorkflowCollection } from './load'
import { transitions } from './table'
import type { Actor, Label, TimeInput, TransitionName, WorkflowState } from './types'

export interface WorkflowStatus {
  collection: WorkflowCollection
  id: string
  state: WorkflowState
  stateLabel: Label
  reviewLevel: number | null
  reviewLevelLabel: Label | null
  levels: number
  scheduledAt: string | null
  /** A pending scheduled withdrawal (定时撤稿) of the live version. */
  withdrawAt: string | null
  live: boolean
  available: { name: TransitionName; label: Label; comment: 'required' | 'optional'; needsTime: TimeInput | null }[]
  history: {
    transition: TransitionName
    from: WorkflowState
    to: WorkflowState
    level: number | null
    actor: string | null
    comment: string | null
    at: string
  }[]
}

/** What the panel, `GET …/workflow` and clients see: state, level, history, and the actions this actor may take now. */
export const workflowStatus = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: string,
  actor: Actor,
  req: PayloadRequest,
): Promise<WorkflowStatus> => {
  const doc: WorkflowDoc & { scheduledAt?: string | null } = await loadDraftAs(payload, collection, id, req.user, req)
  const audit = await loadAudit(payload, collection, id, req)
  const live = await isLiveRecord(payload, collection, id, req)
  const item = { ...workflowItemOf(doc, historyOf(audit)), status: live ? ('published' as const) : ('draft' as const) }
  const brands = await loadBrandReviews(payload, item, req)
  const levels = effectiveLevels(item, brands)
  const level = currentReviewLevel(item, brands)
  return {
    collection,
    id,
    state: item.state,
    stateLabel: stateLabels[item.state],
    reviewLevel: level,
    reviewLevelLabel: level ? reviewLevelLabel(level, levels) : null,
    levels,
    scheduledAt: doc.scheduledAt ?? null,
    withdrawAt: item.withdrawAt ?? null,
    live,
    available: availableTransitions(actor, item, brands, new Date()).map((name) => ({
      name,
      label: transitions[name].label,
      comment: transitions[name].comment,
      needsTime: transitions[name].needsTime,
    })),
    history: audit.map((record) => ({
      transition: record.transition,
      from: record.from,
      to: record.to,
      level: record.level ?? null,
      actor: record.actorName ?? null,
      comment: record.comment ?? null,
      at: record.createdAt,
    })),
  }
}
