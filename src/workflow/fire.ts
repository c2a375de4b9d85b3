import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { workflowContext } from './context'
import { WorkflowError } from './errors'
import { evaluateTransition, isTransitionName } from './guard'
import { workflowItemOf, type WorkflowDoc } from './item'
import { errorMessages, roleLabels } from './labels'
import { historyOf, isLiveRecord, loadAudit, loadBrandReviews, type WorkflowCollection } from './load'
import { releaseCheckOf } from './registry'
import { isRelease } from './release'
import { notifyTransition } from './notify'
import { queueScheduledTransition } from './schedule'
import { transitions } from './table'
import type { Actor, Label, TransitionName, UserActor, WorkflowState } from './types'
import { bilingual, bilingualWith } from '../i18n'

export interface FireTransitionInput {
  collection: WorkflowCollection
  id: string
  transition: string
  actor: Actor
  comment?: string
  publishAt?: string
  withdrawAt?: string
  req: PayloadRequest
  now?: Date
  /** For system transitions fired on a user's say-so (an import): the user the audit record names. */
  onBehalfOf?: { id: string; name: string; role: UserActor['role'] }
}

export interface FiredTransition {
  from: WorkflowState
  to: WorkflowState
  reviewLevel: number | null
  status: 'draft' | 'published'
}

type Doc = WorkflowDoc & { headline?: string; caption?: string; title?: string; scheduledAt?: string | null }

const auditActor = (actor: Actor, req: PayloadRequest, onBehalfOf: FireTransitionInput['onBehalfOf']) => {
  if (actor.kind === 'user') {
    return {
      actor: actor.id,
      actorName: String((req.user as { name?: string } | null)?.name ?? actor.id),
      actorRole: roleLabels[actor.role].zh,
    }
  }
  if (onBehalfOf)
    return {
      actor: onBehalfOf.id,
      actorName: onBehalfOf.name,
      actorRole: bilingualWith('workflow:audit:onBehalf', { role: roleLabels[onBehalfOf.role] }).zh,
    }
  return { actor: null, actorName: bilingual('workflow:audit:system').zh, actorRole: 'system' }
}

/** The pending scheduled withdrawal after a transition: set, cleared, or left as it was (undefined). */
const withdrawAtAfter = (
  transition: TransitionName,
  to: WorkflowState,
  input: FireTransitionInput,
): string | null | undefined => {
  if (transition === 'scheduleWithdraw') return new Date(input.withdrawAt as string).toISOString()
  if (transition === 'unscheduleWithdraw' || to === 'withdrawn') return null
  return undefined
}

const withProblems = (message: Label, problems: Label[]): Label => ({
  zh: `${message.zh}：${problems.map((problem) => problem.zh).join('；')}`,
  en: `${message.en}: ${problems.map((problem) => problem.en).join('; ')}`,
})

const statusUpdate = (effect: 'draft' | 'published' | 'unchanged') =>
  effect === 'unchanged' ? { draft: true, _status: 'draft' as const } : { draft: false, _status: effect }

/**
 * The one way an item changes state: read it as the actor sees it, ask the table, then write state, `_status`,
 * audit record and any scheduled job in one transaction. Notifications go out after the commit.
 */
export const fireTransition = async (payload: Payload, input: FireTransitionInput): Promise<FiredTransition> => {
  const { collection, id, transition, actor, req } = input
  if (!isTransitionName(transition)) throw new WorkflowError(400, 'unknownTransition', errorMessages.unknownTransition)
  const user = actor.kind === 'user' ? req.user : null
  const shouldCommit = await initTransaction(req)
  try {
    const doc = (await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: actor.kind === 'system',
      user,
      req,
    })) as Doc
    const item = workflowItemOf(doc, [])
    // The draft read above shows the newest revision; whether a version is public is the main record's _status
    // (asked only where the table needs it).
    if (transitions[transition].liveOnly)
      item.status = (await isLiveRecord(payload, collection, id, req)) ? 'published' : 'draft'
    const audit = await loadAudit(payload, collection, id, req)
    item.history = historyOf(audit)
    const brands = await loadBrandReviews(payload, item, req)
    const now = input.now ?? new Date()
    const verdict = evaluateTransition({
      actor,
      item,
      transition,
      brands,
      comment: input.comment,
      publishAt: input.publishAt,
      withdrawAt: input.withdrawAt,
      now,
    })
    if (!verdict.ok) throw new WorkflowError(verdict.status, verdict.code, verdict.message)
    const releaseCheck = isRelease(verdict) ? releaseCheckOf(payload, collection) : undefined
    const release = releaseCheck
      ? await releaseCheck({
          payload,
          collection,
          id,
          doc,
          transition,
          publishes: verdict.statusEffect === 'published',
          req,
        })
      : { problems: [] }
    if (release.problems.length > 0)
      throw new WorkflowError(
        400,
        'preflightFailed',
        withProblems(errorMessages.preflightFailed, release.problems),
        release.problems,
      )

    const { draft, _status } = statusUpdate(verdict.statusEffect)
    const scheduledAt = verdict.to === 'scheduled' ? (input.publishAt ?? doc.scheduledAt ?? null) : null
    const withdrawAt = withdrawAtAfter(transition, verdict.to, input)
    await payload.update({
      collection,
      id,
      data: {
        workflowState: verdict.to,
        reviewLevel: verdict.reviewLevel,
        scheduledAt,
        ...(withdrawAt === undefined ? {} : { withdrawAt }),
        ...release.data,
        _status,
      },
      draft,
      // Nothing reads the updated document: populating its relations would only cost queries.
      depth: 0,
      overrideAccess: true,
      context: workflowContext(actor.kind === 'system' ? 'system' : 'transition', transition),
      req,
    })
    const publishedBefore = audit.filter((record) => transitions[record.transition].statusEffect === 'published').length
    await payload.create({
      collection: 'workflow-audit',
      data: {
        itemCollection: collection,
        itemId: id,
        itemTitle: doc.headline || doc.title || doc.caption?.slice(0, 80) || id,
        revision: publishedBefore + 1,
        transition,
        from: item.state,
        to: verdict.to,
        level: item.state === 'inReview' ? item.reviewLevel : null,
        ...auditActor(actor, req, input.onBehalfOf),
        comment: input.comment?.trim() || null,
        publishAt: transition === 'schedule' ? scheduledAt : null,
        withdrawAt: transition === 'scheduleWithdraw' ? withdrawAt : null,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (transition === 'schedule' && scheduledAt)
      await queueScheduledTransition(payload, 'publishScheduled', { collection, id }, scheduledAt, req)
    if (transition === 'scheduleWithdraw' && withdrawAt)
      await queueScheduledTransition(payload, 'withdrawScheduled', { collection, id }, withdrawAt, req)
    if (shouldCommit) await commitTransaction(req)
    notifyTransition(payload, {
      collection,
      id,
      transition,
      actor,
      item,
      to: verdict.to,
      reviewLevel: verdict.reviewLevel,
      brands,
      comment: input.comment,
      title: doc.headline || doc.title || doc.caption || id,
    })
    return {
      from: item.state,
      to: verdict.to,
      reviewLevel: verdict.reviewLevel,
      status: verdict.statusEffect === 'unchanged' ? (doc._status ?? 'draft') : verdict.statusEffect,
    }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
