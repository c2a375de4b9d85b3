import type { GuardErrorCode, Label, Role, TransitionName, WorkflowState } from './types'

export const stateLabels: Record<WorkflowState, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  inReview: { zh: '审核中', en: 'In review' },
  returned: { zh: '退回修改', en: 'Returned for changes' },
  approved: { zh: '待发布', en: 'Approved, awaiting publication' },
  scheduled: { zh: '定时发布', en: 'Scheduled' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤稿', en: 'Withdrawn' },
}

export const roleLabels: Record<Role, Label> = {
  reporter: { zh: '记者', en: 'Reporter' },
  correspondent: { zh: '通讯员', en: 'Correspondent' },
  editor: { zh: '编辑', en: 'Editor' },
  admin: { zh: '管理员', en: 'Administrator' },
}

export const transitionLabels: Record<TransitionName, Label> = {
  submit: { zh: '提交审核', en: 'Submit for review' },
  resubmit: { zh: '重新提交', en: 'Resubmit' },
  approve: { zh: '通过', en: 'Approve' },
  return: { zh: '退回修改', en: 'Return for changes' },
  publish: { zh: '签发/发布', en: 'Sign off & publish' },
  schedule: { zh: '定时发布', en: 'Schedule' },
  unschedule: { zh: '取消定时', en: 'Unschedule' },
  withdraw: { zh: '撤稿', en: 'Withdraw' },
  scheduleWithdraw: { zh: '定时撤稿', en: 'Schedule withdrawal' },
  unscheduleWithdraw: { zh: '取消定时撤稿', en: 'Cancel scheduled withdrawal' },
  restore: { zh: '恢复为草稿', en: 'Restore to draft' },
  publishScheduled: { zh: '到点发布', en: 'Publish on schedule' },
  withdrawScheduled: { zh: '到点撤稿', en: 'Withdraw on schedule' },
  publishImported: { zh: '导入发布', en: 'Publish on import' },
}

/** 三审: the first level is 初审, the last always 终审 (it signs off), anything between 复审. */
export function reviewLevelLabel(level: number, levels: number): Label {
  if (level >= levels) return { zh: '终审', en: 'Final review' }
  if (level <= 1) return { zh: '初审', en: 'First review' }
  return { zh: '复审', en: 'Second review' }
}

export const errorMessages: Record<GuardErrorCode, Label> = {
  unknownTransition: { zh: '未知的流程操作', en: 'Unknown workflow transition' },
  invalidState: { zh: '稿件当前状态不允许此操作', en: 'This transition is not allowed from the item’s current state' },
  systemOnly: { zh: '此操作只能由系统执行', en: 'Only the system may perform this transition' },
  notPermitted: { zh: '您没有权限执行此操作', en: 'You are not permitted to perform this transition' },
  ownWork: { zh: '不能审核自己的稿件', en: 'You cannot review your own work' },
  consecutiveLevel: {
    zh: '同一稿件的相邻两级审核不能由同一人完成',
    en: 'The same person cannot approve two consecutive review levels',
  },
  commentRequired: { zh: '此操作必须填写意见', en: 'A comment is required for this transition' },
  publishAtRequired: { zh: '请填写定时发布时间', en: 'A publication time is required' },
  publishAtInvalid: {
    zh: '发布时间格式无效，应为带时区的 ISO 时间',
    en: 'The publication time must be a valid ISO 8601 date-time with a time zone',
  },
  publishAtNotFuture: { zh: '定时发布时间必须晚于当前时间', en: 'The publication time must be in the future' },
  noWithdrawalScheduled: { zh: '该稿件没有待执行的定时撤稿', en: 'No withdrawal is scheduled for this item' },
  withdrawAtRequired: { zh: '请填写定时撤稿时间', en: 'A withdrawal time is required' },
  withdrawAtInvalid: {
    zh: '撤稿时间格式无效，应为带时区的 ISO 时间',
    en: 'The withdrawal time must be a valid ISO 8601 date-time with a time zone',
  },
  withdrawAtNotFuture: { zh: '定时撤稿时间必须晚于当前时间', en: 'The withdrawal time must be in the future' },
}
