import { availableTransitions, currentReviewLevel, effectiveLevels } from './guard'
import { transitions } from './table'
import type { BrandReview, HistoryEntry, Role, TransitionName, UserActor, WorkflowItem } from './types'

/**
 * Who must act next on an item, for the panel and 我的待办. Nothing here decides a rule: candidates are the item's
 * author and the editors listed in its brands' review chains, and each is kept only if the table (through
 * guard.availableTransitions) lets them move the item forward now — so own work and consecutive levels are
 * excluded exactly as the buttons and the API exclude them.
 */
export type NextStep =
  /** Draft or returned: the author writes, then submits / resubmits. */
  | { kind: 'author'; transitions: TransitionName[]; userIds: string[] }
  /** In review at `level` of `levels`; at the last level the reviewers sign off (签发). */
  | {
      kind: 'review'
      level: number
      levels: number
      signOff: boolean
      byBrand: { brandId: string; userIds: string[] }[]
    }
  /** Approved: the final sign-off editors publish or schedule it. */
  | { kind: 'signOff'; byBrand: { brandId: string; userIds: string[] }[] }
  /** Scheduled: the jobs runner publishes it at its time; nobody has to act. */
  | { kind: 'scheduled' }
  | { kind: 'none' }

/** Transitions that move an item towards publication (as opposed to returning, withdrawing or restoring it). */
const advancing: readonly TransitionName[] = ['submit', 'resubmit', 'approve', 'publish', 'schedule']

export interface Candidate {
  id: string
  role: Role
}

const mayAdvance = (candidate: Candidate, item: WorkflowItem, brands: BrandReview[]): boolean => {
  const actor: UserActor = { kind: 'user', id: candidate.id, role: candidate.role }
  return availableTransitions(actor, item, brands, new Date()).some((name) => advancing.includes(name))
}

/** Editors listed at `level` of each of the item's brands that has that level, kept only if the table lets them act. */
const reviewersAt = (level: number, item: WorkflowItem, brands: BrandReview[], roles: Map<string, Role>) =>
  item.brandIds
    .flatMap((brandId) => brands.filter((brand) => brand.brandId === brandId && brand.levels >= level))
    .map((brand) => ({
      brandId: brand.brandId,
      userIds: [...new Set(brand.reviewers[level] ?? [])].filter((id) => {
        const role = roles.get(id)
        return role !== undefined && mayAdvance({ id, role }, item, brands)
      }),
    }))

/** `roles` maps every user id that may appear (owner, listed reviewers) to their role; unknown ids are left out. */
export function nextStep(item: WorkflowItem, brands: BrandReview[], roles: Map<string, Role>): NextStep {
  switch (item.state) {
    case 'draft':
    case 'returned': {
      const owner = item.ownerId
      const role = owner ? roles.get(owner) : undefined
      const names = advancing.filter((name) => transitions[name].from.includes(item.state))
      return { kind: 'author', transitions: names, userIds: owner && role ? [owner] : [] }
    }
    case 'inReview': {
      const levels = effectiveLevels(item, brands)
      const level = currentReviewLevel(item, brands) ?? 1
      return {
        kind: 'review',
        level,
        levels,
        signOff: level === levels,
        byBrand: reviewersAt(level, item, brands, roles),
      }
    }
    case 'approved':
      // The final sign-off is the item's last level (the brand with the most levels); the guard filters the rest.
      return { kind: 'signOff', byBrand: reviewersAt(effectiveLevels(item, brands), item, brands, roles) }
    case 'scheduled':
      return { kind: 'scheduled' }
    default:
      return { kind: 'none' }
  }
}

/** When the item entered its current state: the latest transition of this revision (null for a fresh draft). */
export const stateSince = (history: HistoryEntry[]): string | null =>
  history.length > 0 ? history[history.length - 1].at : null

/** Everyone nextStep could name, for loading names and roles in one query. */
export const candidateIds = (item: WorkflowItem, brands: BrandReview[]): string[] => {
  const ids = new Set<string>(item.ownerId ? [item.ownerId] : [])
  for (const brand of brands) for (const list of Object.values(brand.reviewers)) for (const id of list) ids.add(id)
  return [...ids]
}
