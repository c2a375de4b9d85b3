/**
 * 字数 as newsrooms count it: every character that is neither whitespace nor punctuation (汉字, letters, digits), so
 * “党建引领，发展！” is 6 and “2024年” is 5.
 */
export const countCharacters = (text: string): number => (text.match(/[\p{L}\p{N}]/gu) ?? []).length
