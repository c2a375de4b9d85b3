'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { bilingual, type NewsroomKey } from '../i18n'

/**
 * A link of ours in the admin navigation (我的待办, 导入稿件): a view's path under /admin and its translated name. Not
 * prefetched, like Payload's own nav links: otherwise every admin page renders these views on the server too, in
 * competition with the page being opened (three extra renders per edit view, measured by bench P6).
 */
export const AdminNavLink = ({ path, label, id }: { path: string; label: NewsroomKey; id: string }) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <Link
      href={`${config.routes.admin}${path}`}
      className="nav__link"
      id={id}
      prefetch={false}
      style={{ display: 'block', padding: '0.25rem 0', fontWeight: 600 }}
    >
      {bilingual(label)[i18n.language === 'en' ? 'en' : 'zh']}
    </Link>
  )
}
