'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import type { PreflightProblem } from '../channels/types'
import { bilingual } from '../i18n'
import { relationId } from '../utilities/relationId'
import { problemLines } from './channelPanels'
import { useReloadAfterSaves } from './channelReload'
import { formatDateTime } from './formatDate'

type Lang = 'zh' | 'en'

/** What GET /api/channel-variants/:id/preflight answers. */
interface PreflightAnswer {
  ok: boolean
  problems: PreflightProblem[]
  rehost: string[]
  signedAt: string | null
  masterChangedSinceSigned: boolean
}

const text = {
  title: bilingual('admin:channels:preflight'),
  saveFirst: bilingual('admin:channels:saveFirst'),
  loading: bilingual('admin:channels:loading'),
  passed: bilingual('admin:channels:passed'),
  mustFix: bilingual('admin:channels:mustFix'),
  rehostHelp: bilingual('admin:channels:rehostHelp'),
  masterChanged: bilingual('admin:channels:masterChanged'),
  masterChangedHelp: bilingual('admin:channels:masterChangedHelp'),
  openMaster: bilingual('admin:channels:openMaster'),
}

/**
 * 发布检查 on a channel variant's edit view: whether 签发 would pass now and, if not, why (in the admin's language),
 * the images to upload to the channel first, whether the master changed since it was signed off, and the way back to
 * the master story. Re-read after every save.
 */
export const ChannelPreflightPanel = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh'
  const masterValue = useFormFields(([fields]) => fields.master?.value)
  const masterId = relationId(masterValue)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [answer, setAnswer] = useState<PreflightAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const version = savedDocumentData?.updatedAt

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${api}/channel-variants/${encodeURIComponent(String(id))}/preflight`, {
      credentials: 'include',
      headers: { 'Accept-Language': lang },
    })
    if (!response.ok) {
      setError(bilingual('admin:channels:loadFailed', { status: response.status })[lang])
      return
    }
    setError(null)
    setAnswer((await response.json()) as PreflightAnswer)
  }, [api, id, lang])

  useReloadAfterSaves(load, version)

  const masterLink = masterId && (
    <p style={{ margin: '0.5rem 0 0' }}>
      <a href={`${config.routes.admin}/collections/articles/${masterId}`} data-testid="preflight-master-link">
        {text.openMaster[lang]}
      </a>
    </p>
  )

  if (!id)
    return (
      <div className="channel-preflight-panel field-type" data-testid="preflight-panel">
        <h4 style={{ margin: '0 0 0.5rem' }}>{text.title[lang]}</h4>
        <p style={{ color: 'var(--theme-elevation-500)' }}>{text.saveFirst[lang]}</p>
      </div>
    )

  const lines = answer ? problemLines(answer.problems, lang) : []
  return (
    <div
      className="channel-preflight-panel field-type"
      data-testid="preflight-panel"
      data-preflight-ok={answer ? String(answer.ok) : undefined}
      style={{ marginBottom: '1.5rem' }}
    >
      <h4 style={{ margin: '0 0 0.5rem' }}>{text.title[lang]}</h4>
      {!answer && !error && <p style={{ color: 'var(--theme-elevation-500)' }}>{text.loading[lang]}</p>}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {answer?.ok && (
        <p data-testid="preflight-passed" style={{ color: 'var(--theme-success-600)', fontWeight: 600 }}>
          {text.passed[lang]}
        </p>
      )}
      {answer && !answer.ok && (
        <>
          <p style={{ margin: '0 0 0.25rem', fontWeight: 600 }}>{text.mustFix[lang]}</p>
          <ul data-testid="preflight-problems" style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
            {lines.map((line) => (
              <li key={line.code + line.text} data-problem-code={line.code} style={{ color: 'var(--theme-error-600)' }}>
                {line.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {answer && answer.rehost.length > 0 && (
        <details open style={{ marginTop: '0.75rem' }}>
          <summary style={{ fontWeight: 600 }}>
            {bilingual('admin:channels:rehost', { count: answer.rehost.length })[lang]}
          </summary>
          <ol data-testid="preflight-rehost" style={{ margin: '0.25rem 0', paddingInlineStart: '1.4rem' }}>
            {answer.rehost.map((url) => (
              <li key={url} style={{ wordBreak: 'break-all', fontSize: '0.85em' }}>
                <a href={url} target="_blank" rel="noreferrer">
                  {url}
                </a>
              </li>
            ))}
          </ol>
          <p style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>{text.rehostHelp[lang]}</p>
        </details>
      )}
      {answer?.masterChangedSinceSigned && (
        <div
          role="status"
          data-testid="preflight-master-changed"
          style={{
            marginTop: '0.75rem',
            padding: '0.5rem 0.75rem',
            border: '1px solid var(--theme-warning-500)',
            background: 'var(--theme-warning-100)',
            borderRadius: 4,
          }}
        >
          <strong>{text.masterChanged[lang]}</strong>
          <div style={{ fontSize: '0.85em' }}>{text.masterChangedHelp[lang]}</div>
        </div>
      )}
      {answer?.signedAt && (
        <p style={{ color: 'var(--theme-elevation-500)', margin: '0.5rem 0 0' }}>
          {bilingual('admin:channels:signedAt', { time: formatDateTime(answer.signedAt, lang) })[lang]}
        </p>
      )}
      {masterLink}
    </div>
  )
}
