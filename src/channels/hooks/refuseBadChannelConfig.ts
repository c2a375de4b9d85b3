import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { channelConfigProblems } from '../limits'

/**
 * A channel's configuration is checked as a whole before Payload's own field checks, so a crop ratio that does not
 * parse or an image host with a scheme is a 400 naming the field, never a channel that preflight cannot read.
 */
export const refuseBadChannelConfig: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data, limits: { ...originalDoc?.limits, ...data?.limits } }
  const problems = channelConfigProblems(merged)
  if (problems.length === 0) return data
  const language = req.i18n?.language === 'en' ? 'en' : 'zh'
  throw new ValidationError(
    {
      collection: 'channels',
      errors: problems.map((problem) => ({ path: problem.field, message: problem.message[language] })),
    },
    req.t,
  )
}
