'use client'
import {
  useDocumentInfo,
  useFormBackgroundProcessing,
  useFormModified,
  useFormProcessing,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect } from 'react'

import { formatTime } from './formatDate'
import { bilingual } from '../i18n'

const words = {
  saving: bilingual('admin:saveIndicator:words:saving'),
  unsaved: bilingual('admin:saveIndicator:words:unsaved'),
  saved: bilingual('admin:saveIndicator:words:saved'),
}

/**
 * Whether the author's work is safe: 保存中… while autosave runs, 有未保存的修改 until it has, then 已保存 12:31. Leaving
 * the page before that asks first (a cover upload was lost by leaving early).
 */
export const SaveIndicator = () => {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const { savedDocumentData, hasSavePermission } = useDocumentInfo()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const background = useFormBackgroundProcessing()
  const saving = processing || background
  const pending = saving || modified

  useEffect(() => {
    if (!pending) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [pending])

  if (!hasSavePermission) return null
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : null
  const state = saving ? 'saving' : modified ? 'unsaved' : savedAt ? 'saved' : null
  if (!state) return null
  return (
    <span
      data-testid="save-indicator"
      data-save-state={state}
      style={{
        color: state === 'saved' ? 'var(--theme-success-500)' : 'var(--theme-warning-500)',
        marginInlineStart: '0.75rem',
      }}
    >
      {state === 'saved' ? `${words.saved[lang]} ${formatTime(savedAt)}` : words[state][lang]}
    </span>
  )
}
