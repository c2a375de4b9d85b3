import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { staffRole } from '../access/roles'
import { AdminPage } from './AdminPage'
import { ImportForm } from './ImportForm'
import { importLabels } from './importLabels'
import { bilingual } from '../i18n'

/** 导入稿件 at /admin/import: staff upload .txt/.docx stories and get drafts of their own. */
export const ImportView: React.FC<AdminViewServerProps> = ({ initPageResult, params, searchParams }) => {
  const { req } = initPageResult
  const lang = req.i18n.language === 'en' ? 'en' : 'zh'
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{importLabels.title[lang]}</h1>
      {staffRole(req.user) ? <ImportForm lang={lang} /> : <p>{bilingual('admin:words:pleaseLogIn')[lang]}</p>}
    </AdminPage>
  )
}
