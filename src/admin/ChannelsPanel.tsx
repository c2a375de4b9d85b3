'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import type { ChannelOverview, MasterOverview } from '../channels/endpoints/overview'
import { bilingual } from '../i18n'
import { shortProblems, stateWithLevel } from './channelPanels'
import { useReloadAfterSaves } from './channelReload'
import { formatDateTime } from './formatDate'

type Lang = 'zh' | 'en'

const text = {
  title: bilingual('admin:channels:panelTitle'),
  saveFirst: bilingual('admin:channels:saveFirst'),
  loading: bilingual('admin:channels:loading'),
  noChannels: bilingual('admin:channels:noChannels'),
  noVariant: bilingual('admin:channels:noVariant'),
  create: bilingual('admin:channels:createVariant'),
  creating: bilingual('admin:channels:creating'),
  open: bilingual('admin:channels:openVariant'),
  liveRevision: bilingual('admin:channels:liveRevision'),
  preflight: bilingual('admin:channels:preflight'),
  ok: bilingual('admin:channels:preflightOk'),
  masterChanged: bilingual('admin:channels:masterChanged'),
}

interface ErrorAnswer {
  errors?: { message: string; data?: { message?: Record<Lang, string> } }[]
}

/** The first error of a refused request, in the admin's language where the API gives both. */
const refusal = async (response: Response, lang: Lang): Promise<string> => {
  const answer = (await response.json().catch(() => ({}))) as ErrorAnswer
  const first = answer.errors?.[0]
  return (
    first?.data?.message?.[lang] ??
    first?.message ??
    bilingual('admin:channels:loadFailed', { status: response.status })[lang]
  )
}

const Preflight = ({
  preflight,
  lang,
}: {
  preflight: NonNullable<ChannelOverview['variant']>['preflight']
  lang: Lang
}) => {
  const { lines, more } = shortProblems(preflight.problems, lang)
  return (
    <div data-testid="channel-preflight" data-preflight-ok={preflight.ok ? 'true' : 'false'}>
      {text.preflight[lang]}：
      {preflight.ok ? (
        <span style={{ color: 'var(--theme-success-600)' }}>{text.ok[lang]}</span>
      ) : (
        <>
          <span style={{ color: 'var(--theme-error-600)' }}>
            {bilingual('admin:channels:problemCount', { count: preflight.problems.length })[lang]}
          </span>
          <ul style={{ margin: '0.25rem 0', paddingInlineStart: '1.1rem', color: 'var(--theme-elevation-700)' }}>
            {lines.map((line) => (
              <li key={line.code + line.text} data-problem-code={line.code}>
                {line.text}
              </li>
            ))}
            {more > 0 && <li>{bilingual('admin:channels:moreProblems', { count: more })[lang]}</li>}
          </ul>
        </>
      )}
    </div>
  )
}

const ChannelRow = ({
  entry,
  lang,
  adminRoute,
  busy,
  onCreate,
}: {
  entry: ChannelOverview
  lang: Lang
  adminRoute: string
  busy: boolean
  onCreate: (channelId: string) => void
}) => {
  const { channel, variant } = entry
  return (
    <li
      data-channel={channel.slug}
      data-variant-state={variant?.workflowState ?? 'none'}
      style={{ padding: '0.5rem 0', borderTop: '1px solid var(--theme-elevation-100)' }}
    >
      <div style={{ fontWeight: 600 }}>{channel.name}</div>
      {variant ? (
        <div style={{ fontSize: '0.9em' }}>
          <div data-testid="channel-variant-state">
            {stateWithLevel(variant.workflowState, variant.reviewLevel, variant.reviewLevels, lang)}
          </div>
          {variant.live && variant.workflowState !== 'published' && (
            <div style={{ color: 'var(--theme-elevation-500)' }}>{text.liveRevision[lang]}</div>
          )}
          {variant.signedAt && (
            <div style={{ color: 'var(--theme-elevation-500)' }}>
              {bilingual('admin:channels:signedAt', { time: formatDateTime(variant.signedAt, lang) })[lang]}
            </div>
          )}
          {variant.masterChangedSinceSigned && (
            <div data-testid="channel-master-changed" style={{ color: 'var(--theme-warning-700)', fontWeight: 600 }}>
              {text.masterChanged[lang]}
            </div>
          )}
          <Preflight preflight={variant.preflight} lang={lang} />
          <a href={`${adminRoute}/collections/channel-variants/${variant.id}`} data-testid="channel-variant-link">
            {text.open[lang]}
          </a>
        </div>
      ) : (
        <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', fontSize: '0.9em' }}>
          <span style={{ color: 'var(--theme-elevation-500)' }}>{text.noVariant[lang]}</span>
          <Button
            size="small"
            buttonStyle="secondary"
            margin={false}
            disabled={busy}
            id={`channel-create-${channel.slug}`}
            onClick={() => onCreate(channel.id)}
          >
            {busy ? text.creating[lang] : text.create[lang]}
          </Button>
        </div>
      )}
    </li>
  )
}

/**
 * 渠道 on the story's edit view: each channel with this story's variant for it — state and level, preflight, whether
 * the master changed since it was signed off — or a button that starts one and opens it. One request
 * (GET /api/channel-variants/overview), repeated after every save of the story.
 */
export const ChannelsPanel = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const adminRoute = config.routes.admin
  const [overview, setOverview] = useState<MasterOverview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const version = savedDocumentData?.updatedAt

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${api}/channel-variants/overview?master=${encodeURIComponent(String(id))}`, {
      credentials: 'include',
      headers: { 'Accept-Language': lang },
    })
    if (!response.ok) {
      setError(await refusal(response, lang))
      return
    }
    setError(null)
    setOverview((await response.json()) as MasterOverview)
  }, [api, id, lang])

  useReloadAfterSaves(load, version)

  const create = async (channelId: string) => {
    setBusy(true)
    setError(null)
    const response = await fetch(`${api}/channel-variants`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ master: id, channel: channelId }),
    })
    if (!response.ok) {
      setError(await refusal(response, lang))
      setBusy(false)
      return
    }
    const { doc } = (await response.json()) as { doc: { id: string } }
    router.push(`${adminRoute}/collections/channel-variants/${doc.id}`)
  }

  return (
    <div className="channels-panel field-type" data-testid="channels-panel" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{text.title[lang]}</h4>
      {!id && <p style={{ color: 'var(--theme-elevation-500)' }}>{text.saveFirst[lang]}</p>}
      {id && !overview && !error && <p style={{ color: 'var(--theme-elevation-500)' }}>{text.loading[lang]}</p>}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {overview && overview.channels.length === 0 && (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{text.noChannels[lang]}</p>
      )}
      {overview && overview.channels.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {overview.channels.map((entry) => (
            <ChannelRow
              key={entry.channel.id}
              entry={entry}
              lang={lang}
              adminRoute={adminRoute}
              busy={busy}
              onCreate={(channelId) => void create(channelId)}
            />
          ))}
        </ul>
      )}
    </div>
  )
}
