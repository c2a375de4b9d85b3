import type { Payload } from 'payload'

import { reviewLevelLabel, stateLabels, transitionLabels } from './labels'
import type { Actor, BrandReview, TransitionName, WorkflowItem, WorkflowState } from './types'
import { bilingual, bilingualWith } from '../i18n'

export interface TransitionNotice {
  collection: string
  id: string
  transition: TransitionName
  actor: Actor
  item: WorkflowItem
  to: WorkflowState
  reviewLevel: number | null
  brands: BrandReview[]
  comment?: string
  title: string
}

const reviewersAt = (level: number, item: WorkflowItem, brands: BrandReview[]): string[] =>
  brands
    .filter((brand) => item.brandIds.includes(brand.brandId) && brand.levels >= level)
    .flatMap((brand) => brand.reviewers[level] ?? [])

const finalReviewers = (item: WorkflowItem, brands: BrandReview[]): string[] => {
  const levels = Math.max(
    1,
    ...brands.filter((brand) => item.brandIds.includes(brand.brandId)).map((brand) => brand.levels),
  )
  return reviewersAt(levels, item, brands)
}

const authors = (item: WorkflowItem): string[] => [...(item.ownerId ? [item.ownerId] : []), ...item.contributorUserIds]

/** Who hears about a transition: the next reviewers when work arrives at their level, the authors when it comes back or goes out. */
export const recipientIds = (notice: TransitionNotice): string[] => {
  const { transition, item, brands, to, reviewLevel } = notice
  switch (transition) {
    case 'submit':
    case 'resubmit':
      return reviewersAt(1, item, brands)
    case 'approve':
      return to === 'inReview' && reviewLevel
        ? reviewersAt(reviewLevel, item, brands)
        : [...finalReviewers(item, brands), ...authors(item)]
    case 'return':
      return authors(item)
    case 'publish':
    case 'publishScheduled':
      return authors(item)
    case 'withdraw':
    case 'withdrawScheduled':
    case 'withdrawWithMaster':
    case 'scheduleWithdraw':
    case 'unscheduleWithdraw':
      return [...authors(item), ...finalReviewers(item, brands)]
    default:
      return []
  }
}

/** E-mails the right people through Payload's email adapter. Runs after the commit; a mail failure never undoes a transition. */
export const notifyTransition = (payload: Payload, notice: TransitionNotice): void => {
  const actorId = notice.actor.kind === 'user' ? notice.actor.id : null
  const ids = [...new Set(recipientIds(notice))].filter((id) => id !== actorId)
  if (ids.length === 0) return
  void (async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
    })
    const to = docs.map((user) => user.email)
    if (to.length === 0) return
    const levels = Math.max(1, ...notice.brands.map((brand) => brand.levels))
    const where =
      notice.to === 'inReview' && notice.reviewLevel
        ? bilingualWith('workflow:email:atLevel', { level: reviewLevelLabel(notice.reviewLevel, levels) })
        : { zh: '', en: '' }
    const action = transitionLabels[notice.transition]
    const vars = { title: notice.title, action, state: stateLabels[notice.to], where }
    await payload.sendEmail({
      to,
      subject: bilingualWith('workflow:email:subject', vars).zh,
      text: [
        bilingualWith('workflow:email:body', vars).zh,
        notice.comment ? bilingual('workflow:email:comment', { comment: notice.comment }).zh : '',
        `${payload.config.serverURL}/admin/collections/${notice.collection}/${notice.id}`,
        '',
        bilingualWith('workflow:email:body', vars).en,
      ]
        .filter((line, index) => line !== '' || index === 3)
        .join('\n'),
    })
  })().catch((error: unknown) => payload.logger.error({ msg: 'workflow notification failed', error: String(error) }))
}
