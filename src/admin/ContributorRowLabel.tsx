'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { bilingual } from '../i18n'

const roles: Record<string, { zh: string; en: string }> = {
  reporter: bilingual('admin:contributorRowLabel:roles:reporter'),
  correspondent: bilingual('admin:contributorRowLabel:roles:correspondent'),
  photographer: bilingual('admin:contributorRowLabel:roles:photographer'),
  editor: bilingual('admin:contributorRowLabel:roles:editor'),
}

/** A contributor row says who it is (记者 任晓萌), not 作者 01. */
export const ContributorRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ role?: string; name?: string }>()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const role = data?.role ? roles[data.role]?.[lang] : undefined
  const name = data?.name?.trim()
  if (!role && !name)
    return (
      <span>
        {bilingual('admin:words:contributorNumber', { number: String((rowNumber ?? 0) + 1).padStart(2, '0') })[lang]}
      </span>
    )
  return <span data-testid="contributor-row-label">{[role, name].filter(Boolean).join(' ')}</span>
}
