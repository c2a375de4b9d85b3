import type { TextFieldSingleValidation } from 'payload'

import { allowPrivateWebhookTargets } from '../../webhooks/config'
import { webhookUrlProblem } from '../../webhooks/target'

export const validateWebhookUrl: TextFieldSingleValidation = (value) => {
  if (!value) return 'A URL is required / 请填写回调地址'
  return webhookUrlProblem(value, { allowPrivate: allowPrivateWebhookTargets() }) ?? true
}

export const validateSecret: TextFieldSingleValidation = (value) =>
  !value || value.trim().length >= 16
    ? true
    : 'A secret needs at least 16 characters; leave it empty to generate one / 密钥至少 16 个字符，留空则自动生成'
