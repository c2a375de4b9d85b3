import type { Label } from '../i18n'
import { bilingual } from '../i18n'
import { relationId } from '../utilities/relationId'
import { reviewLevelLabel, stateLabels } from '../workflow/labels'
import { workflowStates, type WorkflowState } from '../workflow/types'

export interface StoredVersion {
  id: string | number
  updatedAt: string
  autosave?: boolean | null
  version?: {
    _status?: string | null
    workflowState?: string | null
    reviewLevel?: number | null
    editedBy?: unknown
  }
}

export interface RoundStart {
  transition: string
  createdAt: string
}

export interface VersionRow {
  id: string
  at: string
  /** the version before this one, for 对比上一版 (Payload's …/versions/<id>?versionFrom=<previous>) */
  previous: string | null
  state: Label | null
  level: Label | null
  /** 第N轮送审; 0 before the story was first submitted */
  round: number
  editorId: string | null
  kind: 'published' | 'autosave' | 'draft'
}

const isState = (value: unknown): value is WorkflowState => workflowStates.includes(value as WorkflowState)

/**
 * The version list in the newsroom's terms. A review round starts with the version its submit/resubmit saved: the
 * newest version saved up to that record, the same rule 对比上一轮 uses; every later version belongs to that round.
 * `versions` newest first, as Payload lists them; rows come back in the same order.
 */
export const versionRows = (versions: StoredVersion[], audit: RoundStart[], levels: number): VersionRow[] => {
  const oldestFirst = [...versions].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  const starts = new Set<string>()
  for (const record of audit) {
    if (record.transition !== 'submit' && record.transition !== 'resubmit') continue
    const saved = oldestFirst.filter((version) => version.updatedAt <= record.createdAt).at(-1)
    if (saved) starts.add(String(saved.id))
  }
  let round = 0
  const rows = oldestFirst.map((version, index): VersionRow => {
    if (starts.has(String(version.id))) round++
    const state = version.version?.workflowState
    const level = version.version?.reviewLevel
    return {
      id: String(version.id),
      at: version.updatedAt,
      previous: index > 0 ? String(oldestFirst[index - 1].id) : null,
      state: isState(state) ? stateLabels[state] : null,
      level: state === 'inReview' && typeof level === 'number' ? reviewLevelLabel(level, levels) : null,
      round,
      editorId: relationId(version.version?.editedBy) ?? null,
      kind: version.version?._status === 'published' ? 'published' : version.autosave ? 'autosave' : 'draft',
    }
  })
  return rows.reverse()
}

export const roundLabel = (round: number): Label =>
  round === 0 ? bilingual('admin:versions:beforeReview') : bilingual('admin:versions:round', { round })
