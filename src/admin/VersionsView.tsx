import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { bilingual, type Label } from '../i18n'
import { isWorkflowCollection, loadAudit, loadBrandReviews, loadDraftAs, loadVersionsAs } from '../workflow/load'
import { effectiveLevels } from '../workflow/guard'
import { workflowItemOf } from '../workflow/item'
import { formatDateTime } from './formatDate'
import { roundLabel, versionRows, type StoredVersion, type VersionRow } from './versionRows'

type Lang = 'zh' | 'en'

const words = {
  title: bilingual('admin:versions:title'),
  intro: bilingual('admin:versions:intro'),
  time: bilingual('admin:versions:time'),
  state: bilingual('admin:versions:state'),
  level: bilingual('admin:versions:level'),
  round: bilingual('admin:versions:roundColumn'),
  editor: bilingual('admin:versions:editor'),
  system: bilingual('admin:versions:system'),
  kind: bilingual('admin:versions:kind'),
  compare: bilingual('admin:versions:compare'),
  none: bilingual('admin:versions:none'),
}
const kinds: Record<VersionRow['kind'], Label> = {
  published: bilingual('admin:versions:published'),
  autosave: bilingual('admin:versions:autosave'),
  draft: bilingual('admin:versions:draft'),
}

const cell = {
  padding: '0.5rem 0.75rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'start' as const,
}

/**
 * 版本记录 in place of Payload's list of times and ids: each version with who saved it, the story's state and level
 * then, and its review round, linked to Payload's own version view and diff (restore stays there).
 */
export const VersionsView = async ({ initPageResult, routeSegments }: DocumentViewServerProps) => {
  const { req } = initPageResult
  const { payload } = req
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'zh'
  const collection = initPageResult.collectionConfig?.slug ?? ''
  const id = routeSegments[2] ?? ''
  if (!isWorkflowCollection(payload, collection) || !id) return null
  const docs = await loadVersionsAs(payload, collection, id, req, 100)
  const doc = await loadDraftAs(payload, collection, id, req.user, req)
  const audit = await loadAudit(payload, collection, id, req)
  const item = workflowItemOf(doc, [])
  const levels = effectiveLevels(item, await loadBrandReviews(payload, item, req))
  const rows = versionRows(docs as unknown as StoredVersion[], audit, levels)
  const editorIds = [...new Set(rows.flatMap((row) => (row.editorId ? [row.editorId] : [])))]
  const editors = new Map<string, string>()
  if (editorIds.length) {
    const { docs: users } = await payload.find({
      collection: 'users',
      where: { id: { in: editorIds } },
      depth: 0,
      limit: editorIds.length,
      overrideAccess: true,
      select: { name: true },
    })
    for (const user of users) editors.set(String(user.id), user.name)
  }
  const adminRoute = payload.config.routes.admin
  const base = `${adminRoute}/collections/${collection}/${id}/versions`
  return (
    <Gutter className="newsroom-versions">
      <h2 style={{ margin: '1.5rem 0 0.5rem' }}>{words.title[lang]}</h2>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{words.intro[lang]}</p>
      {rows.length === 0 ? (
        <p>{words.none[lang]}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="version-list">
          <thead>
            <tr>
              {[words.time, words.editor, words.state, words.level, words.round, words.kind, null].map((label, i) => (
                <th key={i} style={cell}>
                  {label?.[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-version={row.id}>
                <td style={cell}>
                  <a href={`${base}/${row.id}`}>{formatDateTime(row.at, lang)}</a>
                </td>
                <td style={cell} data-version-field="editor">
                  {row.editorId ? (editors.get(row.editorId) ?? row.editorId) : words.system[lang]}
                </td>
                <td style={cell} data-version-field="state">
                  {row.state?.[lang]}
                </td>
                <td style={cell} data-version-field="level">
                  {row.level?.[lang]}
                </td>
                <td style={cell} data-version-field="round">
                  {roundLabel(row.round)[lang]}
                </td>
                <td style={cell} data-version-field="kind">
                  {kinds[row.kind][lang]}
                </td>
                <td style={cell}>
                  {row.previous && <a href={`${base}/${row.id}?versionFrom=${row.previous}`}>{words.compare[lang]}</a>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Gutter>
  )
}
