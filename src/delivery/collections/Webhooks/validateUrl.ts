import type { TextFieldSingleValidation } from 'payload'

import { allowPrivateWebhookTargets } from '../../webhooks/config'
import { webhookUrlProblem } from '../../webhooks/target'
import { translate } from '../../../i18n'

export const validateWebhookUrl: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return translate(req, 'messages:delivery:validateUrl:urlIsRequired')
  const problem = webhookUrlProblem(value, { allowPrivate: allowPrivateWebhookTargets() })
  return problem ? translate(req, problem) : true
}

export const validateSecret: TextFieldSingleValidation = (value, { req }) =>
  !value || value.trim().length >= 16 ? true : translate(req, 'messages:delivery:validateUrl:secretNeedsAtLeast')
