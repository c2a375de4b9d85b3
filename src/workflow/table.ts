/**
 * The editorial workflow (三审: 初审 → 复审 → 终审; only the last level signs off 签发) as data.
 * Hooks, admin buttons, the REST endpoint and tests all read this table through ./guard.
 *
 * Decisions (the spec left these open):
 * - Check order: unknown transition / wrong state (not live, no pending withdrawal) → 400; then actor → 403 (wrong actor, own work, consecutive
 *   levels); then input → 400 (comment, publishAt, withdrawAt). So someone who may not act never learns input details.
 * - Levels: an item has max(levels) over its brands (unknown brand ids ignored; none → 1 level with no reviewers,
 *   so only admins review). Reviewer entries above a brand's own levels are ignored. An item whose reviewLevel
 *   exceeds its current levels (a brand was reduced) is treated as at its last level.
 * - reviewerAtLevel = an editor listed at the item's current level for any of its brands (only in inReview).
 *   finalSignOff = an editor listed at the item's last level of a brand that has that many levels.
 *   Admins are matched by role, never through reviewer lists.
 * - publish is also allowed straight from inReview at the last level ("sign off and publish"); it is then the
 *   final approval, so the own-work and consecutive-level rules apply. Publishing an approved item is not an approval.
 * - Own work = owner or contributor. Admins override role checks but not own-work or consecutive-level rules.
 * - Consecutive levels are judged within the current review round (since the latest submit/resubmit of this
 *   revision): after a return the chain restarts. The same person may approve non-adjacent levels (1 and 3).
 * - return: in review by the current level's reviewer, any final sign-off editor or admin; from approved/scheduled
 *   by final sign-off or admin. Returning one's own item is allowed (it publishes nothing).
 * - restore (withdrawn|returned → draft) and submit/resubmit: owner, any editor, or admin. Contributors cannot.
 * - publishScheduled, withdrawScheduled, publishImported and withdrawWithMaster can only be fired by the system actor,
 *   and it can fire nothing else. withdrawWithMaster takes a channel variant down when its master story is withdrawn
 *   (一稿多签: a story withdrawn from the paper is withdrawn from every channel), in the master's transaction.
 *   publishImported publishes an archive import (already printed) straight from draft; the importer fires it only
 *   for a user whom this table would let sign off the story (see ./importPublish), and the audit names that user.
 * - publishAt / withdrawAt: ISO 8601 date-time with an explicit zone (Z or ±hh:mm), a real calendar date, strictly
 *   after now.
 * - Withdrawal (撤稿, now or 定时撤稿 at a set time) takes down the live version: it is possible whenever a version is
 *   public — state published, or a revision of a live story in any state — and then ends that revision in withdrawn
 *   (restore makes it a draft again). A pending scheduled withdrawal survives revisions and re-publication; the system
 *   fires withdrawScheduled when it is due, unless it was cancelled (unscheduleWithdraw) or the story was withdrawn.
 *   The reason is required when scheduling, as for withdraw, and the audit keeps it.
 * - Editing (guard.canEditContent): editors and admins in every state (copy editing in review included); authors
 *   (owner or contributor) in draft, returned, published and withdrawn. Editing a published/withdrawn item starts a
 *   new revision in 'draft' (guard.stateAfterContentEdit) while the live `_status` stays as it is.
 * - Reading (guard.canRead): anonymous only published; correspondents published plus their own work; reporters also
 *   everything in their brands; editors, admins and the system everything.
 */
import { transitionLabels } from './labels'
import type { TransitionDef, TransitionName, TransitionTarget, WorkflowState } from './types'

/** Withdrawal concerns the live version, whatever its next revision is doing (with `liveOnly`). */
const whileLive: readonly WorkflowState[] = ['published', 'draft', 'inReview', 'returned', 'approved', 'scheduled']

const approveTarget = (level: number, levels: number): TransitionTarget =>
  level < levels ? { state: 'inReview', reviewLevel: level + 1 } : { state: 'approved', reviewLevel: null }

export const transitions: Readonly<Record<TransitionName, TransitionDef>> = {
  submit: {
    name: 'submit',
    from: ['draft'],
    to: 'inReview',
    who: ['owner', 'editor', 'admin'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'unchanged',
    label: transitionLabels.submit,
  },
  resubmit: {
    name: 'resubmit',
    from: ['returned'],
    to: 'inReview',
    who: ['owner', 'editor', 'admin'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'unchanged',
    label: transitionLabels.resubmit,
  },
  approve: {
    name: 'approve',
    from: ['inReview'],
    fromReviewLevel: 'any',
    to: approveTarget,
    who: ['reviewerAtLevel', 'admin'],
    signsOffLevel: true,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'unchanged',
    label: transitionLabels.approve,
  },
  return: {
    name: 'return',
    from: ['inReview', 'approved', 'scheduled'],
    fromReviewLevel: 'any',
    to: 'returned',
    who: ['reviewerAtLevel', 'finalSignOff', 'admin'],
    signsOffLevel: false,
    comment: 'required',
    needsTime: null,
    statusEffect: 'unchanged',
    label: transitionLabels.return,
  },
  publish: {
    name: 'publish',
    from: ['approved', 'inReview'],
    fromReviewLevel: 'last',
    to: 'published',
    who: ['finalSignOff', 'admin'],
    signsOffLevel: true,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'published',
    label: transitionLabels.publish,
  },
  schedule: {
    name: 'schedule',
    from: ['approved'],
    to: 'scheduled',
    who: ['finalSignOff', 'admin'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: 'publishAt',
    statusEffect: 'unchanged',
    label: transitionLabels.schedule,
  },
  unschedule: {
    name: 'unschedule',
    from: ['scheduled'],
    to: 'approved',
    who: ['finalSignOff', 'admin'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'unchanged',
    label: transitionLabels.unschedule,
  },
  withdraw: {
    name: 'withdraw',
    from: whileLive,
    liveOnly: true,
    to: 'withdrawn',
    who: ['finalSignOff', 'admin'],
    signsOffLevel: false,
    comment: 'required',
    needsTime: null,
    statusEffect: 'draft',
    label: transitionLabels.withdraw,
  },
  scheduleWithdraw: {
    name: 'scheduleWithdraw',
    from: whileLive,
    liveOnly: true,
    to: 'same',
    who: ['finalSignOff', 'admin'],
    signsOffLevel: false,
    comment: 'required',
    needsTime: 'withdrawAt',
    statusEffect: 'unchanged',
    label: transitionLabels.scheduleWithdraw,
  },
  unscheduleWithdraw: {
    name: 'unscheduleWithdraw',
    from: whileLive,
    liveOnly: true,
    needsPendingWithdrawal: true,
    to: 'same',
    who: ['finalSignOff', 'admin'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'unchanged',
    label: transitionLabels.unscheduleWithdraw,
  },
  restore: {
    name: 'restore',
    from: ['withdrawn', 'returned'],
    to: 'draft',
    who: ['owner', 'editor', 'admin'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'unchanged',
    label: transitionLabels.restore,
  },
  publishImported: {
    name: 'publishImported',
    from: ['draft'],
    to: 'published',
    who: ['system'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'published',
    label: transitionLabels.publishImported,
  },
  publishScheduled: {
    name: 'publishScheduled',
    from: ['scheduled'],
    to: 'published',
    who: ['system'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'published',
    label: transitionLabels.publishScheduled,
  },
  withdrawScheduled: {
    name: 'withdrawScheduled',
    from: whileLive,
    liveOnly: true,
    needsPendingWithdrawal: true,
    to: 'withdrawn',
    who: ['system'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'draft',
    label: transitionLabels.withdrawScheduled,
  },
  withdrawWithMaster: {
    name: 'withdrawWithMaster',
    from: whileLive,
    liveOnly: true,
    to: 'withdrawn',
    who: ['system'],
    signsOffLevel: false,
    comment: 'optional',
    needsTime: null,
    statusEffect: 'draft',
    label: transitionLabels.withdrawWithMaster,
  },
}
