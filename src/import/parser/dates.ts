export interface DateRange {
  date: string | null
  dateEnd: string | null
}

const FULLWIDTH_DIGIT = /[０-９]/gu
const RANGE = new RegExp(
  String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日` +
    String.raw`(?:\s*(?:至|到|~|～|〜|—{1,2}|－|–|-{1,2})\s*(?:(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?`,
  'u',
)

/**
 * Parses the date a caption starts with: "2024年3月28日，" or a range "2024年9月28日至11月2日",
 * "2024年12月28日—2025年1月3日", "2024年5月1日至3日". Without a year there is nothing to anchor it: null.
 */
export function parseLeadingDate(text: string): DateRange {
  const ascii = text.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  const m = RANGE.exec(ascii)
  if (!m) return { date: null, dateEnd: null }
  const year = Number(m[1])
  const month = Number(m[2])
  const date = isoDate(year, month, Number(m[3]))
  if (!date || m[6] === undefined) return { date, dateEnd: null }
  const endMonth = m[5] === undefined ? month : Number(m[5])
  // "12月28日至1月3日" crosses into the next year
  const endYear = m[4] !== undefined ? Number(m[4]) : endMonth < month ? year + 1 : year
  const dateEnd = isoDate(endYear, endMonth, Number(m[6]))
  return { date, dateEnd: dateEnd && dateEnd > date ? dateEnd : null }
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
