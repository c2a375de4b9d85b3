import { describe, expect, it } from '@jest/globals'

import { bilingual, newsroomTranslations, translate, translations, type NewsroomLanguage } from '../../src/i18n'
import config from '../../payload.config'

type Tree = { [key: string]: string | Tree }

/** Every leaf as 'a:b:c' → its string (or a non-string, reported as such). */
const leaves = (tree: Tree, prefix = ''): Map<string, unknown> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      value && typeof value === 'object' ? [...leaves(value, `${prefix}${key}:`)] : [[`${prefix}${key}`, value]],
    ),
  )

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()

describe('the newsroom translations', () => {
  const zh = leaves(newsroomTranslations.zh)
  const en = leaves(newsroomTranslations.en)
  const keys = [...new Set([...zh.keys(), ...en.keys()])].sort()

  it('have every key in both Chinese and English, none empty', () => {
    const missing = (language: NewsroomLanguage, tree: Map<string, unknown>) =>
      keys
        .filter((key) => typeof tree.get(key) !== 'string' || !(tree.get(key) as string).trim())
        .map((key) => `${language} lacks newsroom:${key}`)
    expect([...missing('zh', zh), ...missing('en', en)]).toEqual([])
  })

  it('use the same {{placeholders}} in both languages', () => {
    const differ = keys
      .filter((key) => typeof zh.get(key) === 'string' && typeof en.get(key) === 'string')
      .filter((key) => placeholders(zh.get(key) as string).join() !== placeholders(en.get(key) as string).join())
      .map(
        (key) =>
          `newsroom:${key}: zh {{${placeholders(zh.get(key) as string)}}} en {{${placeholders(en.get(key) as string)}}}`,
      )
    expect(differ).toEqual([])
  })

  it('reach Payload: its t finds them under newsroom: in each language', async () => {
    const { initI18n } = await import('@payloadcms/translations')
    const sanitized = await config
    expect(sanitized.i18n.translations).toMatchObject(translations)
    for (const language of ['zh', 'en'] as const) {
      const i18n = await initI18n({ config: sanitized.i18n, context: 'client', language })
      expect(translate(i18n, 'lexical:node:block', { label: 'X' })).toBe(
        bilingual('lexical:node:block', { label: 'X' })[language],
      )
    }
    expect(bilingual('lexical:fieldRequired', { label: '小标题', name: 'text' })).toEqual({
      zh: '小标题（text）不能为空',
      en: '小标题 (text) must not be empty',
    })
  })
})
