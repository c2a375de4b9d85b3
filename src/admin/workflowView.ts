import type { Payload, PayloadRequest } from 'payload'

import { staffRole } from '../access/roles'
import type { Label } from '../i18n'
import type { WorkflowAudit } from '../payload-types'
import { brandReviewFromDoc, effectiveLevels, itemReviewChains } from '../workflow/guard'
import { reviewLevelLabel, transitionLabels } from '../workflow/labels'
import { candidateIds, nextStep, stateSince, type NextStep } from '../workflow/nextActor'
import { transitions } from '../workflow/table'
import type { BrandReview, Role, TransitionName, WorkflowItem } from '../workflow/types'
import { bilingual, bilingualWith } from '../i18n'

/** "Who acts next" in display form: people grouped by brand, with the step they take. */
export interface NextStepView {
  kind: NextStep['kind']
  /** 初审 / 复审 / 终审 for items in review. */
  levelLabel: Label | null
  signOff: boolean
  groups: { brand: string | null; names: string[] }[]
  /** The logged-in user is among those who act next. */
  includesMe: boolean
  /** The labels of what they do next (提交审核, 通过, 签发/发布 …). */
  actions: Label[]
}

export interface ItemContext {
  authorName: string | null
  brandNames: string[]
  /** Review levels of the item (the most of its brands). */
  levels: number
  /** When the item entered its current state (the latest transition), null for a fresh draft. */
  since: string | null
  next: NextStepView
}

interface BrandDoc {
  id: string | number
  name?: string | null
  reviewLevels?: number | null
  reviewers?: { level: number; editors?: (string | number | { id: string | number })[] | null }[] | null
}

const brandCache = async (payload: Payload, req: PayloadRequest) => {
  const { docs } = await payload.find({ collection: 'brands', depth: 0, limit: 100, overrideAccess: true, req })
  const byId = new Map(
    (docs as BrandDoc[]).map((doc) => [
      String(doc.id),
      { name: doc.name ?? String(doc.id), review: brandReviewFromDoc(doc) },
    ]),
  )
  return byId
}

/**
 * Loads what every row and panel needs once (brands with their review chains, the people in them) and returns a
 * function that describes one item. The queue describes many items with one set of queries.
 */
export const itemDescriber = async (payload: Payload, req: PayloadRequest) => {
  const brands = await brandCache(payload, req)
  const allReviews: BrandReview[] = [...brands.values()].map((brand) => brand.review)
  const people = new Map<string, { name: string; role: Role }>()
  const loadPeople = async (ids: string[]) => {
    const missing = ids.filter((id) => !people.has(id))
    if (missing.length === 0) return
    const { docs } = await payload.find({
      collection: 'users',
      where: { id: { in: missing } },
      depth: 0,
      limit: missing.length,
      overrideAccess: true,
      req,
    })
    for (const user of docs) {
      const role = staffRole(user)
      if (role) people.set(String(user.id), { name: user.name ?? user.email, role })
    }
  }
  const meId = req.user ? String(req.user.id) : null

  return async (item: WorkflowItem): Promise<ItemContext> => {
    const itemReviews = itemReviewChains(item, allReviews)
    await loadPeople(candidateIds(item, itemReviews))
    const roles = new Map([...people].map(([id, person]) => [id, person.role]))
    const step = nextStep(item, itemReviews, roles)
    const nameOf = (id: string) => people.get(id)?.name ?? id
    const brandName = (id: string) => brands.get(id)?.name ?? id
    let view: NextStepView
    switch (step.kind) {
      case 'author':
        view = {
          kind: step.kind,
          levelLabel: null,
          signOff: false,
          groups: [{ brand: null, names: step.userIds.map(nameOf) }],
          includesMe: meId !== null && step.userIds.includes(meId),
          actions: step.transitions.map((name) => transitions[name].label),
        }
        break
      case 'review':
        view = {
          kind: step.kind,
          levelLabel: reviewLevelLabel(step.level, step.levels),
          signOff: step.signOff,
          groups: step.byBrand.map((row) => ({ brand: brandName(row.brandId), names: row.userIds.map(nameOf) })),
          includesMe: meId !== null && step.byBrand.some((row) => row.userIds.includes(meId)),
          actions: (step.signOff ? (['approve', 'publish'] as const) : (['approve'] as const)).map(
            (name) => transitions[name].label,
          ),
        }
        break
      case 'signOff':
        view = {
          kind: step.kind,
          levelLabel: null,
          signOff: true,
          groups: step.byBrand.map((row) => ({ brand: brandName(row.brandId), names: row.userIds.map(nameOf) })),
          includesMe: meId !== null && step.byBrand.some((row) => row.userIds.includes(meId)),
          actions: (['publish', 'schedule'] as const).map((name) => transitions[name].label),
        }
        break
      default:
        view = { kind: step.kind, levelLabel: null, signOff: false, groups: [], includesMe: false, actions: [] }
    }
    if (item.ownerId) await loadPeople([item.ownerId])
    return {
      authorName: item.ownerId ? nameOf(item.ownerId) : null,
      brandNames: item.brandIds.map(brandName),
      levels: effectiveLevels(item, itemReviews),
      since: stateSince(item.history),
      next: view,
    }
  }
}

/**
 * What each offered action does, from the table: 通过 hands the item to the next level (or to 待发布 at the last
 * level, still unpublished), 签发/发布 makes it public now. Shown beside the buttons.
 */
export const actionHelp = (name: TransitionName, level: number | null, levels: number): Label | null => {
  const def = transitions[name]
  switch (name) {
    case 'approve': {
      if (typeof def.to !== 'function' || level === null) return null
      const target = def.to(level, levels)
      if (target.state === 'inReview' && target.reviewLevel) {
        const nextLevel = reviewLevelLabel(target.reviewLevel, levels)
        return bilingualWith('admin:workflowView:actionHelp:approvePassesOn', { level: nextLevel })
      }
      return bilingual('admin:workflowView:actionHelp:finalApprovalItWaits')
    }
    case 'publish':
      return level !== null
        ? bilingual('admin:workflowView:actionHelp:finalApprovalAndImmediate')
        : bilingual('admin:workflowView:actionHelp:signsOffAndPublishes')
    case 'schedule':
      return bilingual('admin:workflowView:actionHelp:signsOffAndPublishes2')
    case 'return':
      return bilingual('admin:workflowView:actionHelp:sendsItBackTo')
    default:
      return null
  }
}

/** A history line's words: the table's label of the transition, and the level for approvals (通过（初审）). */
export const historyLabel = (record: Pick<WorkflowAudit, 'transition' | 'level'>, levels: number): Label => {
  const label = transitionLabels[record.transition]
  if (
    record.level &&
    (record.transition === 'approve' || record.transition === 'publish' || record.transition === 'return')
  ) {
    const level = reviewLevelLabel(record.level, levels)
    return bilingualWith('admin:workflowView:historyWithLevel', { transition: label, level })
  }
  return label
}
