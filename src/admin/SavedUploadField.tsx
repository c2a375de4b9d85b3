'use client'
import type { UploadFieldClientComponent } from 'payload'
import { UploadField, useConfig, useDocumentInfo, useField, useForm } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useRef } from 'react'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Payload's upload field that saves the document the moment a file is attached or removed, instead of when autosave
 * next runs: a reporter who attaches a cover and leaves at once keeps it. On an item not saved yet there is nothing to
 * attach it to; the save indicator's leave-page warning covers that case.
 */
export const SavedUploadField: UploadFieldClientComponent = (props) => {
  const { value } = useField({ path: props.path })
  const { submit } = useForm()
  const { id, collectionSlug, hasSavePermission, setUnpublishedVersionCount } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const saved = useRef(idOf(value))

  useEffect(() => {
    const current = idOf(value)
    if (current === saved.current) return
    saved.current = current
    if (!id || !collectionSlug || !hasSavePermission) return
    // What autosave sends, only now: a draft of the whole form, so nothing typed meanwhile is dropped.
    void submit({
      action: formatAdminURL({
        apiRoute: api,
        path: `/${collectionSlug}/${id}?autosave=true&depth=0&draft=true`,
      }),
      method: 'PATCH',
      overrides: { _status: 'draft' },
      acceptValues: { overrideLocalChanges: false },
      disableFormWhileProcessing: false,
      disableSuccessStatus: true,
      skipValidation: true,
    }).then((result) => {
      if (result?.res?.ok) setUnpublishedVersionCount((count) => count + 1)
    })
  }, [value, id, collectionSlug, hasSavePermission, submit, api, setUnpublishedVersionCount])

  return <UploadField {...props} />
}
