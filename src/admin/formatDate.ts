import { bilingual, bilingualWith } from '../i18n'
import { newsroomTimeZone } from '../timeZone'

/**
 * The one date format of the admin's own components: `2026年12月2日 12:31` in Chinese, `2 Dec 2026 12:31` in English,
 * always in the newsroom's time zone, so the server-rendered queue and the browser-rendered panel print the same
 * text whatever the machine's zone is.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: newsroomTimeZone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export const formatDateTime = (value: string | Date | null | undefined, lang: 'zh' | 'en'): string => {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.formatToParts(date).find((part) => part.type === type)?.value ?? ''
  const [year, month, day, hour, minute] = [
    get('year'),
    Number(get('month')),
    Number(get('day')),
    get('hour'),
    get('minute'),
  ]
  return bilingualWith('admin:dates:dateTime', {
    year,
    month: { zh: String(month), en: monthsEn[month - 1] },
    day,
    hour,
    minute,
  })[lang]
}

/** How long something has waited, coarsely: 5分钟, 3小时, 2天 (a queue row needs no seconds). */
export const formatWaiting = (since: string | null | undefined, lang: 'zh' | 'en', now: Date = new Date()): string => {
  if (!since) return ''
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000))
  if (minutes < 60) return bilingual('admin:dates:minutes', { count: minutes })[lang]
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return bilingual('admin:dates:hours', { count: hours })[lang]
  const days = Math.floor(hours / 24)
  return bilingual('admin:dates:days', { count: days })[lang]
}

/** The clock time alone (12:31), for "已保存 12:31". */
export const formatTime = (value: string | Date | null | undefined): string => {
  const full = formatDateTime(value, 'en')
  return full === '' ? '' : full.slice(-5)
}
