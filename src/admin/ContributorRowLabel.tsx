'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { bilingual } from '../i18n'
import { contributorLine } from './contributorLine'

/** A contributor row says who it is (记者 任晓萌), not 作者 01. */
export const ContributorRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ role?: string; name?: string }>()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const line = contributorLine({ role: data?.role, name: data?.name }, lang)
  if (!line)
    return (
      <span>
        {bilingual('admin:words:contributorNumber', { number: String((rowNumber ?? 0) + 1).padStart(2, '0') })[lang]}
      </span>
    )
  return <span data-testid="contributor-row-label">{line}</span>
}
