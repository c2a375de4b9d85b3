import type { HistoryEntry, WorkflowItem, WorkflowState } from './types'

const idOf = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(typeof value === 'object' && 'id' in value ? value.id : value)

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
}

export const workflowItemOf = (doc: WorkflowDoc, history: HistoryEntry[]): WorkflowItem => ({
  ownerId: idOf(doc.owner),
  contributorUserIds: (doc.contributors ?? []).flatMap((row) => idOf(row.user) ?? []),
  state: doc.workflowState ?? 'draft',
  reviewLevel: doc.reviewLevel ?? null,
  brandIds: (doc.brands ?? []).flatMap((brand) => idOf(brand) ?? []),
  history,
  status: doc._status ?? undefined,
  withdrawAt: doc.withdrawAt ?? null,
})
