import type { TextFieldSingleValidation } from 'payload'

import { allowPrivateWebhookTargets } from '../../webhooks/config'
import { webhookUrlProblem } from '../../webhooks/target'
import { bothLanguages } from '../../../i18n'

export const validateWebhookUrl: TextFieldSingleValidation = (value) => {
  if (!value) return bothLanguages('messages:delivery:validateUrl:urlIsRequired')
  return webhookUrlProblem(value, { allowPrivate: allowPrivateWebhookTargets() }) ?? true
}

export const validateSecret: TextFieldSingleValidation = (value) =>
  !value || value.trim().length >= 16 ? true : bothLanguages('messages:delivery:validateUrl:secretNeedsAtLeast')
