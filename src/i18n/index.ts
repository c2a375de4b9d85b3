import { t as translateWith, type NestedKeysStripped } from '@payloadcms/translations'
import type { LabelFunction } from 'payload'

import { en } from './en'
import { zh, type NewsroomTranslations } from './zh'

export type { NewsroomTranslations } from './zh'

export type NewsroomLanguage = 'zh' | 'en'
/** A key inside the namespace, as the helpers take it: 'lexical:invalid'. */
export type NewsroomKey = NestedKeysStripped<NewsroomTranslations>
/** The same key as Payload's `t` takes it: 'newsroom:lexical:invalid'. */
export type NewsroomTranslationKey = `newsroom:${NewsroomKey}`
/** What the namespace adds to a language's translations (for `useTranslation<NewsroomTranslationsObject, …>`). */
export type NewsroomTranslationsObject = { newsroom: NewsroomTranslations }
/** Values for `{{placeholders}}`. */
export type TranslationVars = Record<string, unknown>
/** Anything with Payload's `t`: a `PayloadRequest`, an `I18n`, the `i18n` of `useTranslation()`. */
export type Translator = { t: (key: never, vars?: Record<string, unknown>) => string }

export const newsroomTranslations: Record<NewsroomLanguage, NewsroomTranslations> = { zh, en }

/** For payload.config.ts: `i18n: { …, translations }`. */
export const translations: Record<NewsroomLanguage, NewsroomTranslationsObject> = {
  zh: { newsroom: zh },
  en: { newsroom: en },
}

// Payload's t looks up any key at runtime; its type lists only Payload's own keys.
type AnyKeyT = (key: string, vars?: TranslationVars) => string

/** In the request's (or admin's) language through Payload's i18n: `translate(req, 'lexical:invalid', { node })`. */
export const translate = (by: Translator, key: NewsroomKey, vars?: TranslationVars): string =>
  (by.t as AnyKeyT)(`newsroom:${key}`, vars)

/** A config label in the admin's language: `label: tl('lexical:node:link')`. */
export const tl =
  (key: NewsroomKey, vars?: TranslationVars): LabelFunction =>
  ({ t }) =>
    translate({ t }, key, vars)

/** Both languages at once, for what must carry both (API error payloads, `{ zh, en }` static labels). */
export const bilingual = (key: NewsroomKey, vars?: TranslationVars): Record<NewsroomLanguage, string> => ({
  zh: translateWith({ key: `newsroom:${key}`, translations: translations.zh, vars }),
  en: translateWith({ key: `newsroom:${key}`, translations: translations.en, vars }),
})

/** Both languages where a placeholder's value is itself bilingual (a review level's name): `{ level: { zh, en } }`. */
export const bilingualWith = (
  key: NewsroomKey,
  vars: Record<string, unknown | Record<NewsroomLanguage, string>>,
): Record<NewsroomLanguage, string> => {
  const inLanguage = (language: NewsroomLanguage): TranslationVars =>
    Object.fromEntries(
      Object.entries(vars).map(([name, value]) => [
        name,
        value && typeof value === 'object' && language in value
          ? (value as Record<NewsroomLanguage, string>)[language]
          : value,
      ]),
    )
  return {
    zh: translateWith({ key: `newsroom:${key}`, translations: translations.zh, vars: inLanguage('zh') }),
    en: translateWith({ key: `newsroom:${key}`, translations: translations.en, vars: inLanguage('en') }),
  }
}

/** A text in both languages, as the API's error payloads and Payload's static labels carry it. */
export type Label = Record<NewsroomLanguage, string>

/**
 * One message in both languages, English first, for answers whose reader's language is unknown (API clients, logs,
 * server code): 'Item not found / 未找到稿件'. Someone in the admin gets their own language through `translate`.
 */
export const bothLanguages = (key: NewsroomKey, vars: Record<string, unknown | Label> = {}): string =>
  inBothLanguages(bilingualWith(key, vars))

/** A bilingual text on one line, English first, as `bothLanguages` writes it: for logs and the command line. */
export const inBothLanguages = ({ zh, en }: Label): string => (en === zh ? en : `${en} / ${zh}`)
