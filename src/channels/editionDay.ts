import { newsroomTimeZone } from '../timeZone'

/** Print edition days (见报日期) as the newsroom counts them: calendar days in its zone, whatever the server's is. */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one), or null. */
export const parseEditionDay = (raw: string): string | null => {
  const match = dayPattern.exec(raw)
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? raw : null
}

const dayInZone = new Intl.DateTimeFormat('en-CA', {
  timeZone: newsroomTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** `day` plus `days` calendar days: 2026-12-31 + 1 is 2027-01-01. */
export const addDays = (day: string, days: number): string => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

/** Tomorrow's paper: the day after today in the newsroom's zone (Asia/Shanghai), whatever the server's zone is. */
export const tomorrowInNewsroom = (now: Date = new Date()): string => addDays(dayInZone.format(now), 1)

/** The zone's offset from UTC at an instant, in milliseconds (Asia/Shanghai: +8 h). */
const zoneOffset = (at: Date): number => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: newsroomTimeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  )
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - at.getTime()
}

/**
 * The instants a newsroom day covers, [start, end). The admin's day-only date picker stores noon UTC of the day
 * picked, an API client may send local midnight: both fall inside the day as the newsroom counts it.
 */
export const newsroomDay = (day: string): { start: string; end: string } => {
  const instant = (value: string) => {
    const utcMidnight = new Date(`${value}T00:00:00.000Z`)
    return new Date(utcMidnight.getTime() - zoneOffset(utcMidnight)).toISOString()
  }
  return { start: instant(day), end: instant(addDays(day, 1)) }
}
