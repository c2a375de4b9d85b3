import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { staffRole } from '../access/roles'
import { ImportForm } from './ImportForm'
import { importLabels } from './importLabels'

/** 导入稿件 at /admin/import: staff upload .txt/.docx stories and get drafts of their own. */
export const ImportView: React.FC<AdminViewServerProps> = ({ initPageResult, params, searchParams }) => {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const lang = req.i18n.language === 'en' ? 'en' : 'zh'
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{importLabels.title[lang]}</h1>
        {staffRole(req.user) ? <ImportForm lang={lang} /> : <p>{lang === 'zh' ? '请先登录。' : 'Please log in.'}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
