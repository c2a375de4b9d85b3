'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { bilingual } from '../i18n'

/** "导入稿件" in the admin navigation. */
export const ImportNavLink = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <Link
      href={`${config.routes.admin}/import`}
      className="nav__link"
      id="nav-import"
      style={{ display: 'block', padding: '0.25rem 0', fontWeight: 600 }}
    >
      {bilingual('admin:words:importStories')[i18n.language === 'en' ? 'en' : 'zh']}
    </Link>
  )
}
