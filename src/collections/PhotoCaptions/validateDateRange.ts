import type { DateFieldValidation } from 'payload'

export const validateDateRange: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { eventDate?: string | null }).eventDate
  if (!value) return true
  if (Number.isNaN(new Date(value).getTime())) return 'Not a valid date / 日期格式不正确'
  if (!start) return 'A range needs its start date / 日期范围需要开始日期'
  return new Date(value) >= new Date(start) ? true : 'The range ends before it starts / 结束日期早于开始日期'
}
