import type { HistoryEntry, WorkflowItem, WorkflowState } from './types'
import { relationId } from '../utilities/relationId'

/** The fields of an article or photo-caption item that the workflow reads. */
export interface WorkflowDoc {
  id: string
  workflowState?: WorkflowState | null
  reviewLevel?: number | null
  owner?: unknown
  brands?: unknown[] | null
  contributors?: { user?: unknown }[] | null
  _status?: 'draft' | 'published' | null
  withdrawAt?: string | null
  /** A channel variant's own review levels (its channel's default when it was created). */
  reviewLevels?: number | null
}

export const workflowItemOf = (doc: WorkflowDoc, history: HistoryEntry[]): WorkflowItem => ({
  ownerId: relationId(doc.owner),
  contributorUserIds: (doc.contributors ?? []).flatMap((row) => relationId(row.user) ?? []),
  state: doc.workflowState ?? 'draft',
  reviewLevel: doc.reviewLevel ?? null,
  brandIds: (doc.brands ?? []).flatMap((brand) => relationId(brand) ?? []),
  history,
  status: doc._status ?? undefined,
  withdrawAt: doc.withdrawAt ?? null,
  levels: doc.reviewLevels ?? null,
})
