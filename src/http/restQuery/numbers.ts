/** `page`, `limit` and `depth` as Payload's REST understands them; anything else is the client's mistake, not a 500. */
export interface NumberRule {
  min: number
  max: number
}

export const numberParameters: Record<'page' | 'limit' | 'depth', NumberRule> = {
  page: { min: 1, max: Number.MAX_SAFE_INTEGER },
  limit: { min: 0, max: Number.MAX_SAFE_INTEGER },
  // Payload clamps depth at 10 without saying so; say so.
  depth: { min: 0, max: 10 },
}

const wholeNumber = /^\d{1,16}$/

/** A decimal whole number in the rule's range, or undefined when the raw value is anything else. */
export const parseWholeNumber = (raw: unknown, rule: NumberRule): number | undefined => {
  if (typeof raw !== 'string' || !wholeNumber.test(raw)) return undefined
  const value = Number(raw)
  return value >= rule.min && value <= rule.max ? value : undefined
}
