'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { formatDateTime } from './formatDate'

interface LockHolder {
  name: string
  since: string
}

/**
 * Payload's 文档已锁定 dialog (DocumentLocked in @payloadcms/ui 3.90) names the holder by e-mail and dates the lock
 * with a hard-coded `Intl.DateTimeFormat('en-US')` ("Dec 2, 2026, 12:31 PM"), and offers no slot to replace it. While
 * an edit view is open this puts the holder's name and the admin's one date format (2026年12月2日 12:31) into the
 * dialog's two <strong> texts, read from the lock record itself. Renders nothing.
 */
export const LockDialogText = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  useEffect(() => {
    if (!id || !collectionSlug) return
    let holder: LockHolder | null = null
    let loading = false
    const dialogTexts = () => document.querySelectorAll<HTMLElement>('.document-locked__content p > strong')
    const apply = () => {
      const [who, since] = dialogTexts()
      if (!holder || !who || !since) return
      // The text node React rendered keeps its identity, so a later render of the same props leaves it alone.
      if (who.firstChild && who.textContent !== holder.name) who.firstChild.nodeValue = holder.name
      if (since.firstChild && since.textContent !== holder.since) since.firstChild.nodeValue = holder.since
    }
    const load = async () => {
      loading = true
      const query = `where[document.value][equals]=${encodeURIComponent(String(id))}&where[document.relationTo][equals]=${collectionSlug}&depth=1&limit=1`
      const response = await fetch(`${api}/payload-locked-documents?${query}`, { credentials: 'include' })
      loading = false
      if (!response.ok) return
      const [lock] = ((await response.json()) as { docs: { updatedAt: string; user?: { value?: unknown } }[] }).docs
      const user = lock?.user?.value as { name?: string; email?: string } | undefined
      if (!lock || !user || typeof user !== 'object') return
      holder = { name: user.name || user.email || '', since: formatDateTime(lock.updatedAt, lang) }
      apply()
    }
    const observer = new MutationObserver(() => {
      if (dialogTexts().length === 0) {
        holder = null // the next dialog may name someone else
        return
      }
      if (holder) apply()
      else if (!loading) void load()
    })
    observer.observe(document.body, { childList: true, subtree: true })
    if (dialogTexts().length > 0) void load()
    return () => observer.disconnect()
  }, [id, collectionSlug, api, lang])

  return null
}
