'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { WorkflowStatus } from '../workflow/status'

type Lang = 'zh' | 'en'
interface Comment {
  id: string
  text: string
  createdAt: string
  author?: { name?: string } | string | null
}

const text = {
  saveFirst: { zh: '保存稿件后即可提交审核。', en: 'Save the item to start its review.' },
  state: { zh: '状态', en: 'State' },
  comment: { zh: '意见（必填）', en: 'Comment (required)' },
  commentOptional: { zh: '意见（选填）', en: 'Comment (optional)' },
  time: { zh: '时间（定时发布、定时撤稿用）', en: 'Time (for scheduling)' },
  withdrawAt: { zh: '定时撤稿', en: 'Withdrawal scheduled for' },
  history: { zh: '流程记录', en: 'History' },
  comments: { zh: '编辑意见', en: 'Editorial comments' },
  addComment: { zh: '添加意见', en: 'Add comment' },
  noActions: { zh: '当前没有可执行的操作', en: 'No action for you at this stage' },
  live: { zh: '线上版本仍在发布中', en: 'The live version stays published' },
}

/**
 * The edit view's workflow panel: state and review level, exactly the actions the table allows this user (from
 * GET …/workflow), a comment box where one is required, the history and the staff-only comments.
 */
export const WorkflowPanel = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [status, setStatus] = useState<WorkflowStatus | null>(null)
  const [comments, setComments] = useState<Comment[]>([])
  const [comment, setComment] = useState('')
  const [note, setNote] = useState('')
  const [time, setTime] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${api}/${collectionSlug}/${id}/workflow`, { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as WorkflowStatus)
    const list = await fetch(`${api}/editorial-comments?where[item.value][equals]=${id}&sort=createdAt&depth=1&limit=100`, { credentials: 'include' })
    if (list.ok) setComments(((await list.json()) as { docs: Comment[] }).docs)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

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
    const result = (await response.json()) as { errors?: { message: string; data?: { message?: Record<Lang, string> } }[] }
    setBusy(false)
    if (!response.ok) {
      const first = result.errors?.[0]
      setError(first?.data?.message?.[lang] ?? first?.message ?? String(response.status))
      return
    }
    setComment('')
    setTime('')
    // A full reload, so the form (state, version count, read-only status) shows what the server now holds.
    window.location.reload()
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

  if (!id) return <div className="workflow-panel field-type">{text.saveFirst[lang]}</div>
  if (!status) return null
  const needsComment = status.available.some((action) => action.comment === 'required')
  const needsTime = status.available.some((action) => action.needsTime !== null)

  return (
    <div className="workflow-panel field-type" data-workflow-state={status.state} style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>{text.state[lang]}：</strong>
        <span data-testid="workflow-state">{status.stateLabel[lang]}</span>
        {status.reviewLevelLabel ? ` · ${status.reviewLevelLabel[lang]}（${status.reviewLevel}/${status.levels}）` : ''}
      </p>
      {status.live && status.state !== 'published' && <p style={{ color: 'var(--theme-elevation-500)' }}>{text.live[lang]}</p>}
      {status.withdrawAt && (
        <p data-testid="workflow-withdraw-at">
          {text.withdrawAt[lang]}：{new Date(status.withdrawAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
        </p>
      )}
      {status.available.length > 0 ? (
        <>
          <textarea
            aria-label={needsComment ? text.comment[lang] : text.commentOptional[lang]}
            placeholder={needsComment ? text.comment[lang] : text.commentOptional[lang]}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            rows={3}
            style={{ width: '100%' }}
          />
          {needsTime && (
            <label style={{ display: 'block', margin: '0.5rem 0' }}>
              {text.time[lang]}{' '}
              <input type="datetime-local" value={time} onChange={(event) => setTime(event.target.value)} />
            </label>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            {status.available.map((action) => (
              <Button key={action.name} buttonStyle={action.name === 'return' || action.name.toLowerCase().includes('withdraw') ? 'secondary' : 'primary'} size="small" disabled={busy} onClick={() => void fire(action)} id={`workflow-${action.name}`}>
                {action.label[lang]}
              </Button>
            ))}
          </div>
        </>
      ) : (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{text.noActions[lang]}</p>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {status.history.length > 0 && (
        <details style={{ marginTop: '1rem' }}>
          <summary>{text.history[lang]}</summary>
          <ol>
            {status.history.map((entry) => (
              <li key={entry.at + entry.transition}>
                {new Date(entry.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')} · {entry.actor} · {entry.transition}
                {entry.comment ? `：${entry.comment}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      <details style={{ marginTop: '1rem' }} open={comments.length > 0}>
        <summary>
          {text.comments[lang]} ({comments.length})
        </summary>
        <ul>
          {comments.map((entry) => (
            <li key={entry.id}>
              {typeof entry.author === 'object' && entry.author?.name ? `${entry.author.name}：` : ''}
              {entry.text}
            </li>
          ))}
        </ul>
        <textarea aria-label={text.addComment[lang]} value={note} onChange={(event) => setNote(event.target.value)} rows={2} style={{ width: '100%' }} />
        <Button size="small" buttonStyle="secondary" onClick={() => void addComment()}>
          {text.addComment[lang]}
        </Button>
      </details>
    </div>
  )
}
