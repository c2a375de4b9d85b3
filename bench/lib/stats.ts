/** Small statistics for benchmark figures: nearest-rank percentiles and the min/median/max of repetitions. */

export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1]
}

export const median = (values: number[]): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export interface Spread {
  min: number
  median: number
  max: number
  n: number
}

export const spread = (values: number[]): Spread => ({
  min: values.length ? Math.min(...values) : NaN,
  median: median(values),
  max: values.length ? Math.max(...values) : NaN,
  n: values.length,
})

/** Significant figures that suit the magnitude: 41,230 · 312 · 18.4 · 2.35 · 0.412 */
export const fmt = (value: number): string => {
  if (!Number.isFinite(value)) return '–'
  const abs = Math.abs(value)
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US')
  if (abs >= 100) return value.toFixed(0)
  if (abs >= 10) return value.toFixed(1)
  if (abs >= 1) return value.toFixed(2)
  return value.toFixed(3)
}

/** "median (min–max)" */
export const fmtSpread = (s: Spread, unit = ''): string =>
  Number.isFinite(s.median) ? `${fmt(s.median)}${unit} (${fmt(s.min)}–${fmt(s.max)})` : '–'

export const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN)
