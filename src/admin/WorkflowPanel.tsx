'use client'
import { Button, useConfig, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import { workflowFieldNames } from '../workflow/fields'
import type { WorkflowStatus } from '../workflow/status'
import { CharacterCount } from './CharacterCount'
import { formatDateTime } from './formatDate'
import { LockDialogText } from './LockDialogText'
import type { NextStepView } from './workflowView'
import { reloadWorkflow, useWorkflowData } from './workflowStore'
import { bilingual, bilingualWith } from '../i18n'

type Lang = 'zh' | 'en'
interface Comment {
  id: string
  text: string
  createdAt: string
  author?: { name?: string } | string | null
}

const text = {
  saveFirst: bilingual('admin:workflowPanel:text:saveFirst'),
  state: bilingual('admin:workflowPanel:text:state'),
  brands: bilingual('admin:workflowPanel:text:brands'),
  next: bilingual('admin:workflowPanel:text:next'),
  me: bilingual('admin:workflowPanel:text:me'),
  nobody: bilingual('admin:workflowPanel:text:nobody'),
  author: bilingual('admin:workflowPanel:text:author'),
  scheduled: bilingual('admin:workflowPanel:text:scheduled'),
  commentOptional: bilingual('admin:workflowPanel:text:commentOptional'),
  time: bilingual('admin:workflowPanel:text:time'),
  withdrawAt: bilingual('admin:workflowPanel:text:withdrawAt'),
  scheduledAt: bilingual('admin:workflowPanel:text:scheduledAt'),
  history: bilingual('admin:workflowPanel:text:history'),
  comments: bilingual('admin:workflowPanel:text:comments'),
  addComment: bilingual('admin:workflowPanel:text:addComment'),
  noActions: bilingual('admin:workflowPanel:text:noActions'),
  live: bilingual('admin:workflowPanel:text:live'),
  comparePrevious: bilingual('admin:workflowPanel:text:comparePrevious'),
  compareLive: bilingual('admin:workflowPanel:text:compareLive'),
}

/** 意见（退回修改时必填）: required only for the offered actions whose table entry says `comment: 'required'`. */
const commentLabel = (available: WorkflowStatus['available'], lang: Lang): string => {
  const required = available.filter((action) => action.comment === 'required').map((action) => action.label[lang])
  if (required.length === 0) return text.commentOptional[lang]
  const actions = required.join(bilingual('admin:workflowPanel:text:listSeparator')[lang])
  return bilingual('admin:workflowPanel:text:commentRequiredFor', { actions })[lang]
}

const NextStep = ({ next, since, lang }: { next: NextStepView; since: string | null; lang: Lang }) => {
  if (next.kind === 'none') return null
  const sinceText = since
    ? bilingual('admin:workflowPanel:text:waitingSince', { time: formatDateTime(since, lang) })[lang]
    : ''
  const who =
    next.kind === 'scheduled'
      ? text.scheduled[lang]
      : next.groups
          .map((group) => {
            const names = group.names.length > 0 ? group.names.join('、') : text.nobody[lang]
            return group.brand ? `${group.brand}：${names}` : names
          })
          .join('；')
  const step =
    next.kind === 'author'
      ? bilingual('admin:workflowPanel:text:authorActs', {
          author: text.author[lang],
          actions: next.actions.map((action) => action[lang]).join('/'),
        })[lang]
      : next.kind === 'review'
        ? next.signOff
          ? bilingual('admin:workflowPanel:text:signOffLevel', { level: next.levelLabel?.[lang] ?? '' })[lang]
          : (next.levelLabel?.[lang] ?? '')
        : next.kind === 'signOff'
          ? next.actions.map((action) => action[lang]).join('/')
          : ''
  return (
    <div
      data-testid="workflow-next"
      data-next-kind={next.kind}
      style={{ margin: '0.5rem 0', padding: '0.5rem', background: 'var(--theme-elevation-50)' }}
    >
      <strong>{text.next[lang]}：</strong>
      {step && <span data-testid="workflow-next-step">{step}</span>}
      {step && ' · '}
      <span data-testid="workflow-next-who">
        {who}
        {next.includesMe ? text.me[lang] : ''}
      </span>
      {sinceText && (
        <div data-testid="workflow-since" style={{ color: 'var(--theme-elevation-500)' }}>
          {sinceText}
        </div>
      )}
    </div>
  )
}

const inReviewStates: readonly WorkflowStatus['state'][] = ['inReview', 'approved', 'scheduled']

/** Why the form cannot be typed into: while a story is with its reviewers the author waits (or asks for it back). */
const ReadOnlyBanner = ({ status, lang }: { status: WorkflowStatus; lang: Lang }) => {
  const where = status.reviewLevelLabel
    ? bilingualWith('admin:workflowPanel:text:stateAtLevel', {
        state: status.stateLabel,
        level: status.reviewLevelLabel,
      })[lang]
    : status.stateLabel[lang]
  const message = inReviewStates.includes(status.state)
    ? bilingual('admin:workflowPanel:text:readOnlyInReview', { where })[lang]
    : bilingual('admin:workflowPanel:text:readOnly')[lang]
  return (
    <div
      role="status"
      data-testid="read-only-banner"
      style={{
        padding: '0.6rem 0.75rem',
        marginBottom: '0.75rem',
        border: '1px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-100)',
        borderRadius: 4,
        fontWeight: 600,
      }}
    >
      {message}
    </div>
  )
}

/**
 * The edit view's workflow panel: state and review level, who acts next and since when, exactly the actions the
 * table allows this user with what each does, a comment box (required only where the table says so), the history
 * and the staff-only comments. After a transition it reloads its own data and refreshes the route (header, form and
 * permissions) in place, without a page reload.
 */
export const WorkflowPanel = () => {
  const { id, collectionSlug, savedDocumentData, hasSavePermission } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const { dispatchFields, getFields } = useForm()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  // Reloaded after every save too: editing a published story starts a revision (草稿) the panel must show at once.
  const data = useWorkflowData(collectionSlug, id, savedDocumentData?.updatedAt)
  const [comments, setComments] = useState<Comment[]>([])
  const [comment, setComment] = useState('')
  const [note, setNote] = useState('')
  const [time, setTime] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const loadComments = useCallback(async () => {
    if (!id) return
    const list = await fetch(
      `${api}/editorial-comments?where[item.value][equals]=${id}&sort=createdAt&depth=1&limit=100`,
      { credentials: 'include' },
    )
    if (list.ok) setComments(((await list.json()) as { docs: Comment[] }).docs)
  }, [api, id])
  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    await Promise.all([reloadWorkflow(collectionSlug, String(id)), loadComments()])
  }, [collectionSlug, id, loadComments])

  useEffect(() => {
    void loadComments()
  }, [loadComments])

  const fire = async (action: WorkflowStatus['available'][number]) => {
    setBusy(true)
    setError(null)
    const body: Record<string, string> = {}
    if (comment.trim()) body.comment = comment
    if (action.needsTime && time) body[action.needsTime] = new Date(time).toISOString()
    const response = await fetch(`${api}/${collectionSlug}/${id}/workflow/${action.name}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify(body),
    })
    const result = (await response.json()) as {
      errors?: { message: string; data?: { message?: Record<Lang, string> } }[]
    }
    if (!response.ok) {
      setBusy(false)
      const first = result.errors?.[0]
      setError(first?.data?.message?.[lang] ?? first?.message ?? String(response.status))
      return
    }
    setComment('')
    setTime('')
    // The form still holds the workflow fields as loaded; the next save would send those stale values and be refused
    // (only the executor changes them). Put the stored values into the form before anything else is saved.
    const stored = await fetch(`${api}/${collectionSlug}/${id}?draft=true&depth=0`, { credentials: 'include' })
    if (stored.ok) {
      const doc = (await stored.json()) as Record<string, unknown>
      const fields = getFields()
      for (const path of workflowFieldNames) {
        if (path in fields)
          dispatchFields({ type: 'UPDATE', path, value: doc[path] ?? null, initialValue: doc[path] ?? null })
      }
    }
    // In place: the panel re-reads its data; the route refresh re-renders the header status, the form and its
    // permissions (an author's form turns read-only once the story is in review).
    await load()
    router.refresh()
    setBusy(false)
  }

  const addComment = async () => {
    if (!note.trim()) return
    const response = await fetch(`${api}/editorial-comments`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ item: { relationTo: collectionSlug, value: id }, text: note }),
    })
    if (response.ok) {
      setNote('')
      await load()
    }
  }

  if (!id)
    return (
      <div className="workflow-panel field-type">
        <CharacterCount />
        {text.saveFirst[lang]}
      </div>
    )
  if (!data)
    return (
      <>
        <LockDialogText />
        <CharacterCount />
      </>
    )
  const { status, context, help, history, comparisons } = data
  const versionsUrl = `${config.routes.admin}/collections/${collectionSlug}/${id}/versions`
  const needsTime = status.available.some((action) => action.needsTime !== null)
  const label = commentLabel(status.available, lang)

  return (
    <div
      className="workflow-panel field-type"
      data-workflow-state={status.state}
      data-busy={busy ? 'true' : 'false'}
      style={{ marginBottom: '1.5rem' }}
    >
      {!hasSavePermission && <ReadOnlyBanner status={status} lang={lang} />}
      <LockDialogText />
      <CharacterCount />
      <p>
        <strong>{text.state[lang]}：</strong>
        <span data-testid="workflow-state">{status.stateLabel[lang]}</span>
        {status.reviewLevelLabel ? ` · ${status.reviewLevelLabel[lang]}（${status.reviewLevel}/${status.levels}）` : ''}
      </p>
      {context.brandNames.length > 0 && (
        <p data-testid="workflow-brands">
          {text.brands[lang]}：{context.brandNames.join('、')}
        </p>
      )}
      {status.live && status.state !== 'published' && (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{text.live[lang]}</p>
      )}
      <NextStep next={context.next} since={context.since} lang={lang} />
      {status.scheduledAt && status.state === 'scheduled' && (
        <p data-testid="workflow-scheduled-at">
          {text.scheduledAt[lang]}：{formatDateTime(status.scheduledAt, lang)}
        </p>
      )}
      {status.withdrawAt && (
        <p data-testid="workflow-withdraw-at">
          {text.withdrawAt[lang]}：{formatDateTime(status.withdrawAt, lang)}
        </p>
      )}
      {status.available.length > 0 ? (
        <>
          <textarea
            aria-label={label}
            placeholder={label}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            rows={3}
            style={{ width: '100%' }}
          />
          {needsTime && (
            <label style={{ display: 'block', margin: '0.5rem 0' }}>
              {text.time[lang]}
              <input
                type="datetime-local"
                value={time}
                onChange={(event) => setTime(event.target.value)}
                style={{ marginInlineStart: '0.5rem' }}
              />
            </label>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            {status.available.map((action) => (
              <Button
                key={action.name}
                buttonStyle={
                  action.name === 'return' || action.name.toLowerCase().includes('withdraw') ? 'secondary' : 'primary'
                }
                size="small"
                disabled={busy}
                onClick={() => void fire(action)}
                id={`workflow-${action.name}`}
              >
                {action.label[lang]}
              </Button>
            ))}
          </div>
          {status.available.some((action) => help[action.name]) && (
            <ul
              data-testid="workflow-help"
              style={{ margin: '0.5rem 0', paddingInlineStart: '1.2rem', color: 'var(--theme-elevation-600)' }}
            >
              {status.available
                .filter((action) => help[action.name])
                .map((action) => (
                  <li key={action.name} data-testid={`workflow-help-${action.name}`}>
                    <strong>{action.label[lang]}</strong>：{help[action.name][lang]}
                  </li>
                ))}
            </ul>
          )}
        </>
      ) : (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{text.noActions[lang]}</p>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {comparisons.latest && (comparisons.previousRound || comparisons.live) && (
        <p style={{ display: 'flex', gap: '1rem', margin: '0.75rem 0' }}>
          {comparisons.previousRound && (
            <a
              data-testid="compare-previous-round"
              href={`${versionsUrl}/${comparisons.latest}?versionFrom=${comparisons.previousRound}`}
            >
              {text.comparePrevious[lang]}
            </a>
          )}
          {comparisons.live && (
            <a data-testid="compare-live" href={`${versionsUrl}/${comparisons.latest}?versionFrom=${comparisons.live}`}>
              {text.compareLive[lang]}
            </a>
          )}
        </p>
      )}
      {history.length > 0 && (
        <details style={{ marginTop: '1rem' }} data-testid="workflow-history">
          <summary>{text.history[lang]}</summary>
          <ol>
            {history.map((entry) => (
              <li key={entry.at + entry.label.en}>
                {formatDateTime(entry.at, lang)} · {entry.actor ?? ''}
                {entry.role ? (lang === 'zh' ? `（${entry.role}）` : ` (${entry.role})`) : ''} · {entry.label[lang]}
                {entry.comment ? `：${entry.comment}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      <details style={{ marginTop: '1rem' }} open={comments.length > 0}>
        <summary>
          {text.comments[lang]}（{comments.length}）
        </summary>
        <ul>
          {comments.map((entry) => (
            <li key={entry.id}>
              {formatDateTime(entry.createdAt, lang)} ·{' '}
              {typeof entry.author === 'object' && entry.author?.name ? `${entry.author.name}：` : ''}
              {entry.text}
            </li>
          ))}
        </ul>
        <textarea
          aria-label={text.addComment[lang]}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          style={{ width: '100%' }}
        />
        <Button size="small" buttonStyle="secondary" onClick={() => void addComment()}>
          {text.addComment[lang]}
        </Button>
      </details>
    </div>
  )
}
