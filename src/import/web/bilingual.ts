import type { Label } from '../../i18n'

const TRAILING_CHINESE = /^([\s\S]*?)\s*[(（]([^()（）]*\p{Script=Han}[^()（）]*)[)）]$/u

/**
 * The importer's messages read "English (中文)"; the admin shows the half of the reader's language. A message without
 * a Chinese half is the same in both.
 */
export const bilingual = (message: string): Label => {
  const match = TRAILING_CHINESE.exec(message.trim())
  if (!match?.[1]) return { zh: message, en: message }
  return { en: match[1], zh: match[2] ?? message }
}
