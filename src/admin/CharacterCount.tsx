'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

import { countCharacters, lexicalText } from './characterCount'
import { bilingual } from '../i18n'

const words = {
  title: bilingual('admin:characterCount:words:title'),
  headline: bilingual('admin:characterCount:words:headline'),
  body: bilingual('admin:characterCount:words:body'),
  caption: bilingual('admin:characterCount:words:caption'),
}

/** 字数 of the headline and the body (or a photo caption), live as the author types. */
export const CharacterCount = () => {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const headline = useFormFields(([fields]) => fields.headline?.value)
  const body = useFormFields(([fields]) => fields.body?.value)
  const caption = useFormFields(([fields]) => fields.caption?.value)
  const parts: { key: keyof typeof words; count: number }[] = []
  if (headline !== undefined)
    parts.push({ key: 'headline', count: countCharacters(typeof headline === 'string' ? headline : '') })
  if (body !== undefined) parts.push({ key: 'body', count: countCharacters(lexicalText(body)) })
  if (caption !== undefined)
    parts.push({ key: 'caption', count: countCharacters(typeof caption === 'string' ? caption : '') })
  if (parts.length === 0) return null
  return (
    <p data-testid="character-count" style={{ color: 'var(--theme-elevation-600)' }}>
      <strong>{words.title[lang]}：</strong>
      {parts.map((part, index) => (
        <span key={part.key} data-testid={`character-count-${part.key}`}>
          {index > 0 ? ' · ' : ''}
          {words[part.key][lang]}
          {bilingual('admin:words:characters', { count: part.count })[lang]}
        </span>
      ))}
    </p>
  )
}
