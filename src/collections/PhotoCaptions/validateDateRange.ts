import type { DateFieldValidation } from 'payload'
import { bothLanguages } from '../../i18n'

export const validateDateRange: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { eventDate?: string | null }).eventDate
  if (!value) return true
  if (Number.isNaN(new Date(value).getTime()))
    return bothLanguages('messages:collections:validateDateRange:notValidDate')
  if (!start) return bothLanguages('messages:collections:validateDateRange:rangeNeedsItsStart')
  return new Date(value) >= new Date(start)
    ? true
    : bothLanguages('messages:collections:validateDateRange:rangeEndsBeforeIt')
}
