import type { GuardErrorCode, Label, Role, TransitionName, WorkflowState } from './types'
import { bilingual } from '../i18n'

export const stateLabels: Record<WorkflowState, Label> = {
  draft: bilingual('workflow:labels:stateLabels:draft'),
  inReview: bilingual('workflow:labels:stateLabels:inReview'),
  returned: bilingual('workflow:labels:stateLabels:returned'),
  approved: bilingual('workflow:labels:stateLabels:approved'),
  scheduled: bilingual('workflow:labels:stateLabels:scheduled'),
  published: bilingual('workflow:labels:stateLabels:published'),
  withdrawn: bilingual('workflow:labels:stateLabels:withdrawn'),
}

export const roleLabels: Record<Role, Label> = {
  reporter: bilingual('workflow:labels:roleLabels:reporter'),
  correspondent: bilingual('workflow:labels:roleLabels:correspondent'),
  editor: bilingual('workflow:labels:roleLabels:editor'),
  admin: bilingual('workflow:labels:roleLabels:admin'),
}

export const transitionLabels: Record<TransitionName, Label> = {
  submit: bilingual('workflow:labels:transitionLabels:submit'),
  resubmit: bilingual('workflow:labels:transitionLabels:resubmit'),
  approve: bilingual('workflow:labels:transitionLabels:approve'),
  return: bilingual('workflow:labels:transitionLabels:return'),
  publish: bilingual('workflow:labels:transitionLabels:publish'),
  schedule: bilingual('workflow:labels:transitionLabels:schedule'),
  unschedule: bilingual('workflow:labels:transitionLabels:unschedule'),
  withdraw: bilingual('workflow:labels:transitionLabels:withdraw'),
  scheduleWithdraw: bilingual('workflow:labels:transitionLabels:scheduleWithdraw'),
  unscheduleWithdraw: bilingual('workflow:labels:transitionLabels:unscheduleWithdraw'),
  restore: bilingual('workflow:labels:transitionLabels:restore'),
  publishScheduled: bilingual('workflow:labels:transitionLabels:publishScheduled'),
  withdrawScheduled: bilingual('workflow:labels:transitionLabels:withdrawScheduled'),
  publishImported: bilingual('workflow:labels:transitionLabels:publishImported'),
  withdrawWithMaster: bilingual('workflow:labels:transitionLabels:withdrawWithMaster'),
}

/** 三审: the first level is 初审, the last always 终审 (it signs off), anything between 复审. */
export function reviewLevelLabel(level: number, levels: number): Label {
  if (level >= levels) return bilingual('workflow:labels:reviewLevelLabel:finalReview')
  if (level <= 1) return bilingual('workflow:labels:reviewLevelLabel:firstReview')
  return bilingual('workflow:labels:reviewLevelLabel:secondReview')
}

export const errorMessages: Record<GuardErrorCode, Label> = {
  unknownTransition: bilingual('workflow:labels:errorMessages:unknownTransition'),
  invalidState: bilingual('workflow:labels:errorMessages:invalidState'),
  systemOnly: bilingual('workflow:labels:errorMessages:systemOnly'),
  notPermitted: bilingual('workflow:labels:errorMessages:notPermitted'),
  ownWork: bilingual('workflow:labels:errorMessages:ownWork'),
  consecutiveLevel: bilingual('workflow:labels:errorMessages:consecutiveLevel'),
  commentRequired: bilingual('workflow:labels:errorMessages:commentRequired'),
  publishAtRequired: bilingual('workflow:labels:errorMessages:publishAtRequired'),
  publishAtInvalid: bilingual('workflow:labels:errorMessages:publishAtInvalid'),
  publishAtNotFuture: bilingual('workflow:labels:errorMessages:publishAtNotFuture'),
  noWithdrawalScheduled: bilingual('workflow:labels:errorMessages:noWithdrawalScheduled'),
  withdrawAtRequired: bilingual('workflow:labels:errorMessages:withdrawAtRequired'),
  withdrawAtInvalid: bilingual('workflow:labels:errorMessages:withdrawAtInvalid'),
  withdrawAtNotFuture: bilingual('workflow:labels:errorMessages:withdrawAtNotFuture'),
  preflightFailed: bilingual('workflow:labels:errorMessages:preflightFailed'),
}
