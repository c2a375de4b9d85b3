/** One thing wrong with a request's query, in both languages the API answers in. */
export interface QueryProblem {
  en: string
  zh: string
}

/** Long values are cut in messages: a 10 MB string must not come back as a 10 MB error. */
export const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}
