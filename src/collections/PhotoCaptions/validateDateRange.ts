import type { DateFieldValidation } from 'payload'
import { translate } from '../../i18n'

export const validateDateRange: DateFieldValidation = (value, { req, siblingData }) => {
  const start = (siblingData as { eventDate?: string | null }).eventDate
  if (!value) return true
  if (Number.isNaN(new Date(value).getTime()))
    return translate(req, 'messages:collections:validateDateRange:notValidDate')
  if (!start) return translate(req, 'messages:collections:validateDateRange:rangeNeedsItsStart')
  return new Date(value) >= new Date(start)
    ? true
    : translate(req, 'messages:collections:validateDateRange:rangeEndsBeforeIt')
}
