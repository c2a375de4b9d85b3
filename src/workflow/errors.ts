import { APIError } from 'payload'

import type { Label } from './types'

/** A workflow refusal: the HTTP status from the table's guard, and a message in both admin languages. */
export class WorkflowError extends APIError<{ code: string; message: Label }> {
  constructor(status: number, code: string, message: Label) {
    super(`${message.zh} / ${message.en}`, status, { code, message }, true)
    this.name = 'WorkflowError'
  }
}

export const editRefused = {
  publishDirectly: {
    zh: '发布必须经过审核流程（签发），不能直接修改发布状态',
    en: 'Publishing goes through the review workflow (sign-off); _status cannot be set directly',
  },
  workflowField: {
    zh: '稿件状态、审级、所有人和定时时间只能通过审核流程修改',
    en: 'Workflow state, review level, owner and schedule change only through workflow transitions',
  },
  locked: {
    zh: '稿件在审核中、待发布或已定时，作者不能修改',
    en: 'The item is in review, approved or scheduled: its authors cannot edit it now',
  },
  restoreAsDraft: {
    zh: '恢复历史版本只能恢复为草稿（?draft=true），再经审核发布',
    en: 'Restore a version as a draft (?draft=true); publishing goes through review',
  },
  stale: {
    zh: '稿件已被他人修改，请刷新后再保存',
    en: 'The item was changed by someone else since you loaded it; reload before saving',
  },
} satisfies Record<string, Label>
