import type { Label } from '../i18n'
import type { Role } from '../access/roles'

export { roles } from '../access/roles'
export type { Label, Role }

export const workflowStates = [
  'draft',
  'inReview',
  'returned',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
] as const
export type WorkflowState = (typeof workflowStates)[number]

export const transitionNames = [
  'submit',
  'resubmit',
  'approve',
  'return',
  'publish',
  'schedule',
  'unschedule',
  'withdraw',
  'scheduleWithdraw',
  'unscheduleWithdraw',
  'restore',
  'publishScheduled',
  'withdrawScheduled',
  'publishImported',
  'withdrawWithMaster',
] as const
export type TransitionName = (typeof transitionNames)[number]

/** Effect on Payload's own `_status` (the live version), independent of the editorial state. */
export type StatusEffect = 'draft' | 'published' | 'unchanged'

export type UserActor = {
  kind: 'user'
  id: string
  role: Role
  /** Brands the user works for; only canRead needs it (reporters read colleagues' work in their brands). */
  brandIds?: string[]
}
export type SystemActor = { kind: 'system' }
export type Actor = UserActor | SystemActor

/**
 * One fired transition. `level` is the review level the item was at when it fired (null outside review),
 * so an `approve` entry with level n means "approved level n".
 */
export interface HistoryEntry {
  transition: TransitionName
  actorId: string | null
  from: WorkflowState
  to: WorkflowState
  level: number | null
  comment?: string
  at: string
}

export interface WorkflowItem {
  ownerId: string | null
  contributorUserIds: string[]
  state: WorkflowState
  /** Only meaningful in `inReview`; null otherwise. */
  reviewLevel: number | null
  brandIds: string[]
  /** Current revision only, oldest first. */
  history: HistoryEntry[]
  /**
   * Payload `_status` of the live record, if known: 'published' while a version is public, even with a revision in
   * progress. canRead admits anonymous readers to such a story; `liveOnly` transitions need it.
   */
  status?: 'draft' | 'published'
  /** A pending scheduled withdrawal (定时撤稿), ISO date-time; null or absent when none. */
  withdrawAt?: string | null
  /**
   * The item's own number of review levels, when it has one (a channel variant takes its channel's); absent, the
   * item has as many as the most of its brands (see guard.itemReviewChains).
   */
  levels?: number | null
}

export interface BrandReview {
  brandId: string
  levels: number
  /** Editor user ids per level; entries for levels above `levels` are ignored. */
  reviewers: Record<number, string[]>
}

/** Who may fire a transition; any match suffices. */
export type WhoKind = 'owner' | 'editor' | 'reviewerAtLevel' | 'finalSignOff' | 'admin' | 'system'

export type TimeInput = 'publishAt' | 'withdrawAt'

export type TransitionTarget = { state: WorkflowState; reviewLevel: number | null }

export interface TransitionDef {
  name: TransitionName
  from: readonly WorkflowState[]
  /** A fixed state, 'same' (state and level stay), or a function of the current review level and the number of levels. */
  to: WorkflowState | 'same' | ((level: number, levels: number) => TransitionTarget)
  /** When `inReview` is among `from`: 'any' level, or only the item's 'last' level. */
  fromReviewLevel?: 'any' | 'last'
  who: readonly WhoKind[]
  /** Firing it from `inReview` signs off the current level: the own-work and consecutive-level rules apply. */
  signsOffLevel: boolean
  comment: 'required' | 'optional'
  /** The date-time input the transition needs: `publishAt` (schedule) or `withdrawAt` (scheduleWithdraw). */
  needsTime: TimeInput | null
  /** Only while a version is public (state published, or a revision of a live story in any state). */
  liveOnly?: boolean
  /** Only while a scheduled withdrawal is pending. */
  needsPendingWithdrawal?: boolean
  statusEffect: StatusEffect
  label: Label
}

export type GuardErrorCode =
  | 'unknownTransition'
  | 'invalidState'
  | 'systemOnly'
  | 'notPermitted'
  | 'ownWork'
  | 'consecutiveLevel'
  | 'commentRequired'
  | 'noWithdrawalScheduled'
  | 'publishAtRequired'
  | 'publishAtInvalid'
  | 'publishAtNotFuture'
  | 'withdrawAtRequired'
  | 'withdrawAtInvalid'
  | 'withdrawAtNotFuture'
  | 'preflightFailed'

export type GuardResult =
  | { ok: true; to: WorkflowState; reviewLevel: number | null; statusEffect: StatusEffect }
  | { ok: false; status: 400 | 403; code: GuardErrorCode; message: Label }

export interface EvaluateInput {
  actor: Actor
  item: WorkflowItem
  transition: TransitionName
  brands: BrandReview[]
  comment?: string
  publishAt?: string
  withdrawAt?: string
  now: Date
}
