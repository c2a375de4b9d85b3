import { errorMessages } from './labels'
import { transitions } from './table'
import { transitionNames } from './types'
import type {
  Actor,
  BrandReview,
  EvaluateInput,
  GuardErrorCode,
  GuardResult,
  HistoryEntry,
  TimeInput,
  TransitionDef,
  TransitionTarget,
  TransitionName,
  UserActor,
  WhoKind,
  WorkflowItem,
  WorkflowState,
} from './types'
import { relationIds } from '../utilities/relationId'

type Failure = Extract<GuardResult, { ok: false }>
type Authorized = { ok: true; def: TransitionDef; level: number | null; levels: number }

const fail = (status: 400 | 403, code: GuardErrorCode): Failure => ({
  ok: false,
  status,
  code,
  message: errorMessages[code],
})

export function isTransitionName(value: unknown): value is TransitionName {
  return typeof value === 'string' && (transitionNames as readonly string[]).includes(value)
}

const normalizeLevels = (levels: number): number => (Number.isFinite(levels) ? Math.max(1, Math.floor(levels)) : 1)

const itemBrands = (item: Pick<WorkflowItem, 'brandIds'>, brands: BrandReview[]): BrandReview[] =>
  brands.filter((brand) => item.brandIds.includes(brand.brandId))

export function effectiveLevels(item: Pick<WorkflowItem, 'brandIds'>, brands: BrandReview[]): number {
  return itemBrands(item, brands).reduce((max, brand) => Math.max(max, normalizeLevels(brand.levels)), 1)
}

/** The level being reviewed, clamped into 1..levels; null outside review. */
export function currentReviewLevel(
  item: Pick<WorkflowItem, 'state' | 'reviewLevel' | 'brandIds'>,
  brands: BrandReview[],
): number | null {
  if (item.state !== 'inReview') return null
  const raw = item.reviewLevel !== null && Number.isFinite(item.reviewLevel) ? Math.floor(item.reviewLevel) : 1
  return Math.min(Math.max(1, raw), effectiveLevels(item, brands))
}

/** Brands documents store reviewers as an array of { level, editors }; editors may be ids or populated users. */
export function brandReviewFromDoc(doc: {
  id: string | number
  reviewLevels?: number | null
  reviewers?: { level: number; editors?: (string | number | { id: string | number })[] | null }[] | null
}): BrandReview {
  const reviewers: Record<number, string[]> = {}
  for (const row of doc.reviewers ?? []) {
    const ids = relationIds(row.editors)
    reviewers[row.level] = [...(reviewers[row.level] ?? []), ...ids]
  }
  return { brandId: String(doc.id), levels: normalizeLevels(doc.reviewLevels ?? 1), reviewers }
}

/**
 * A brand's review chain stretched or shortened to `levels` (an item with its own number of levels, such as a channel
 * variant): the last level is always the brand's last, so 签发 stays with the brand's final signers; the levels
 * before it take the brand's levels in order, never its last (a brand with one level lends it to every level).
 */
export function rechain(brand: BrandReview, levels: number): BrandReview {
  const own = normalizeLevels(brand.levels)
  const wanted = Math.min(3, normalizeLevels(levels))
  if (wanted === own) return brand
  const reviewers: Record<number, string[]> = {}
  for (let level = 1; level <= wanted; level++) {
    const source = level === wanted ? own : Math.min(level, Math.max(1, own - 1))
    reviewers[level] = [...(brand.reviewers[source] ?? [])]
  }
  return { brandId: brand.brandId, levels: wanted, reviewers }
}

/** The review chains that apply to an item: its brands', re-chained to the item's own levels when it has them. */
export function itemReviewChains(
  item: Pick<WorkflowItem, 'brandIds' | 'levels'>,
  brands: BrandReview[],
): BrandReview[] {
  const own = itemBrands(item, brands)
  return typeof item.levels === 'number' ? own.map((brand) => rechain(brand, item.levels as number)) : own
}

const listedAt = (actorId: string, level: number, item: WorkflowItem, brands: BrandReview[]): boolean =>
  itemBrands(item, brands).some(
    (brand) => normalizeLevels(brand.levels) >= level && (brand.reviewers[level] ?? []).includes(actorId),
  )

const isOwner = (actor: UserActor, item: Pick<WorkflowItem, 'ownerId'>): boolean =>
  item.ownerId !== null && actor.id === item.ownerId

const isAuthor = (actor: UserActor, item: Pick<WorkflowItem, 'ownerId' | 'contributorUserIds'>): boolean =>
  isOwner(actor, item) || item.contributorUserIds.includes(actor.id)

function matchesWho(
  who: WhoKind,
  actor: Actor,
  item: WorkflowItem,
  brands: BrandReview[],
  level: number | null,
  levels: number,
): boolean {
  if (actor.kind === 'system') return who === 'system'
  switch (who) {
    case 'system':
      return false
    case 'owner':
      return isOwner(actor, item)
    case 'editor':
      return actor.role === 'editor'
    case 'admin':
      return actor.role === 'admin'
    case 'reviewerAtLevel':
      return actor.role === 'editor' && level !== null && listedAt(actor.id, level, item, brands)
    case 'finalSignOff':
      return actor.role === 'editor' && listedAt(actor.id, levels, item, brands)
  }
}

/** A review round starts at the latest submit/resubmit; earlier rounds of the revision don't bind this one. */
function approvedLevelThisRound(actorId: string, level: number, history: HistoryEntry[]): boolean {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]
    if (entry.transition === 'submit' || entry.transition === 'resubmit') return false
    if (entry.transition === 'approve' && entry.level === level && entry.actorId === actorId) return true
  }
  return false
}

/** A version of the item is public: it is published, or it is a revision of a live story. */
export const isLive = (item: Pick<WorkflowItem, 'state' | 'status'>): boolean =>
  item.state === 'published' || item.status === 'published'

function authorize(
  actor: Actor,
  item: WorkflowItem,
  transition: TransitionName,
  brands: BrandReview[],
): Authorized | Failure {
  if (!isTransitionName(transition)) return fail(400, 'unknownTransition')
  const def = transitions[transition]
  if (!def.from.includes(item.state)) return fail(400, 'invalidState')
  if (def.liveOnly && !isLive(item)) return fail(400, 'invalidState')
  if (def.needsPendingWithdrawal && !item.withdrawAt) return fail(400, 'noWithdrawalScheduled')

  const levels = effectiveLevels(item, brands)
  const level = currentReviewLevel(item, brands)
  if (item.state === 'inReview' && def.fromReviewLevel === 'last' && level !== levels) return fail(400, 'invalidState')

  if (def.who.includes('system') && actor.kind !== 'system') return fail(403, 'systemOnly')
  if (!def.who.some((who) => matchesWho(who, actor, item, brands, level, levels))) return fail(403, 'notPermitted')

  if (def.signsOffLevel && level !== null && actor.kind === 'user') {
    if (isAuthor(actor, item)) return fail(403, 'ownWork')
    if (level > 1 && approvedLevelThisRound(actor.id, level - 1, item.history)) return fail(403, 'consecutiveLevel')
  }
  return { ok: true, def, level, levels }
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/

/** Strict ISO 8601 with an explicit zone: Date.parse alone accepts 2025-02-30 and zone-less local times. */
export function parsePublishAt(value: string): Date | null {
  const m = ISO_DATE_TIME.exec(value.trim())
  if (!m) return null
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number)
  const second = m[6] === undefined ? 0 : Number(m[6])
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'))
  const offsetMinutes = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]))
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  if (m[8] !== undefined && (Number(m[9]) > 14 || Number(m[10]) > 59)) return null
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000)
}

const timeErrors: Record<TimeInput, Record<'required' | 'invalid' | 'notFuture', GuardErrorCode>> = {
  publishAt: { required: 'publishAtRequired', invalid: 'publishAtInvalid', notFuture: 'publishAtNotFuture' },
  withdrawAt: { required: 'withdrawAtRequired', invalid: 'withdrawAtInvalid', notFuture: 'withdrawAtNotFuture' },
}

function checkTime(kind: TimeInput, value: string | undefined, now: Date): Failure | null {
  if (value === undefined || value.trim() === '') return fail(400, timeErrors[kind].required)
  const at = parsePublishAt(value)
  if (at === null) return fail(400, timeErrors[kind].invalid)
  if (at.getTime() <= now.getTime()) return fail(400, timeErrors[kind].notFuture)
  return null
}

function targetOf(def: TransitionDef, item: WorkflowItem, level: number | null, levels: number): TransitionTarget {
  if (typeof def.to === 'function') return def.to(level ?? 1, levels)
  if (def.to === 'same') return { state: item.state, reviewLevel: item.state === 'inReview' ? level : null }
  return { state: def.to, reviewLevel: def.to === 'inReview' ? 1 : null }
}

export function evaluateTransition(input: EvaluateInput): GuardResult {
  const { actor, item, transition, brands, comment, now } = input
  const auth = authorize(actor, item, transition, brands)
  if (!auth.ok) return auth
  const { def, level, levels } = auth

  if (def.comment === 'required' && (comment ?? '').trim() === '') return fail(400, 'commentRequired')
  if (def.needsTime) {
    const problem = checkTime(def.needsTime, input[def.needsTime], now)
    if (problem) return problem
  }

  const target = targetOf(def, item, level, levels)
  return { ok: true, to: target.state, reviewLevel: target.reviewLevel, statusEffect: def.statusEffect }
}

/**
 * Transitions this actor may fire now, before any comment or publishAt is entered (the UI asks for those).
 * `now` is accepted so callers treat it like evaluateTransition; authorization itself does not depend on time.
 */
export function availableTransitions(
  actor: Actor,
  item: WorkflowItem,
  brands: BrandReview[],
  _now: Date,
): TransitionName[] {
  return transitionNames.filter((name) => authorize(actor, item, name, brands).ok)
}

type EditableItem = Pick<WorkflowItem, 'ownerId' | 'contributorUserIds' | 'state'>
const AUTHOR_EDITABLE: readonly WorkflowState[] = ['draft', 'returned', 'published', 'withdrawn']

/** Editors copy-edit in every state; authors only where the item is theirs to change. */
export function canEditContent(actor: Actor | null, item: EditableItem): boolean {
  if (actor === null || actor.kind === 'system') return false
  if (actor.role === 'admin' || actor.role === 'editor') return true
  return isAuthor(actor, item) && AUTHOR_EDITABLE.includes(item.state)
}

/** Editing a published or withdrawn item starts a new revision in draft; the live `_status` is left alone. */
export function stateAfterContentEdit(item: Pick<WorkflowItem, 'state'>): WorkflowState {
  return item.state === 'published' || item.state === 'withdrawn' ? 'draft' : item.state
}

type ReadableItem = Pick<WorkflowItem, 'ownerId' | 'contributorUserIds' | 'state' | 'brandIds' | 'status'>

export function canRead(actor: Actor | null, item: ReadableItem): boolean {
  const live = item.state === 'published' || item.status === 'published'
  if (actor === null) return live
  if (actor.kind === 'system' || actor.role === 'admin' || actor.role === 'editor') return true
  if (live || isAuthor(actor, item)) return true
  if (actor.role === 'reporter') return item.brandIds.some((brandId) => (actor.brandIds ?? []).includes(brandId))
  return false
}
