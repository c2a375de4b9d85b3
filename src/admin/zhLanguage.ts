import type { Language } from '@payloadcms/translations'
import { zh } from '@payloadcms/translations/languages/zh'

/** Chinese characters and full-width punctuation. */
const cjk = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]'
const name = '(?:<\\d>)?\\{\\{(?:label|title)\\}\\}(?:<\\/\\d>)?'
const before = new RegExp(`(${cjk}) +(?=${name})`, 'g')
const after = new RegExp(`(${name}) +(?=${cjk}|${name})`, 'g')

/**
 * Payload's zh strings put a space around names (“正在创建新的 {{label}}”, “添加 {{label}}”), which reads as a stray
 * space once the name is Chinese (正在创建新的 稿件). Chinese takes no spaces between words; numbers keep theirs.
 */
export const tidyChinese = (value: string): string => value.replace(before, '$1').replace(after, '$1')

const tidyAll = (node: unknown): unknown =>
  typeof node === 'string'
    ? tidyChinese(node)
    : node && typeof node === 'object'
      ? Object.fromEntries(Object.entries(node).map(([key, value]) => [key, tidyAll(value)]))
      : node

export const zhWithoutStraySpaces: Language = {
  ...zh,
  translations: tidyAll(zh.translations) as Language['translations'],
}
