'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { bilingual } from '../i18n'

/** "我的待办" in the admin navigation. */
export const QueueNavLink = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <Link
      href={`${config.routes.admin}/queue`}
      className="nav__link"
      id="nav-my-queue"
      style={{ display: 'block', padding: '0.25rem 0', fontWeight: 600 }}
    >
      {bilingual('admin:words:myQueue')[i18n.language === 'en' ? 'en' : 'zh']}
    </Link>
  )
}
