'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { SaveIndicator } from './SaveIndicator'
import { useWorkflowData } from './workflowStore'
import { bilingual } from '../i18n'

const liveWords = bilingual('admin:workflowStatus:liveWords:versionIsLive')

/**
 * The edit view header's status: the editorial state (审核中 · 复审) instead of Payload's draft/published pill, which
 * said 草稿 for a story in review. Reads the same data as the workflow panel.
 */
export const WorkflowStatus = () => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const data = useWorkflowData(collectionSlug, id, savedDocumentData?.updatedAt)
  if (!id) return null
  return (
    <div style={{ display: 'flex', alignItems: 'center' }}>
      {data && (
        <div
          className="status"
          data-testid="header-workflow-state"
          style={{ display: 'flex', gap: '0.25rem', alignItems: 'center' }}
        >
          <span className="status__value">{data.status.stateLabel[lang]}</span>
          {data.status.reviewLevelLabel && (
            <span className="status__value">· {data.status.reviewLevelLabel[lang]}</span>
          )}
          {data.status.live && data.status.state !== 'published' && (
            <span style={{ color: 'var(--theme-elevation-500)' }}>（{liveWords[lang]}）</span>
          )}
        </div>
      )}
      <SaveIndicator />
    </div>
  )
}
