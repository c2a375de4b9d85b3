import { charLength, endsWithSentencePunctuation } from './normalise'

export const MAX_INTERTITLE = 30

/**
 * 小标题: a short standalone body line that is not a sentence — "举旗铸魂、扛牢责任，答好“政治忠诚卷”".
 * A closing quote alone does not end a sentence; "。”" does.
 */
export function isIntertitle(text: string): boolean {
  const length = charLength(text)
  if (length === 0 || length > MAX_INTERTITLE) return false
  if (/[。]/u.test(text) || /[，、,]$/u.test(text)) return false
  if (!/[\p{L}\p{N}]/u.test(text)) return false
  return !endsWithSentencePunctuation(text)
}
