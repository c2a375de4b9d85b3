'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { bilingual, type NewsroomKey } from '../i18n'

/** A link of ours in the admin navigation (我的待办, 导入稿件): a view's path under /admin and its translated name. */
export const AdminNavLink = ({ path, label, id }: { path: string; label: NewsroomKey; id: string }) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <Link
      href={`${config.routes.admin}${path}`}
      className="nav__link"
      id={id}
      style={{ display: 'block', padding: '0.25rem 0', fontWeight: 600 }}
    >
      {bilingual(label)[i18n.language === 'en' ? 'en' : 'zh']}
    </Link>
  )
}
