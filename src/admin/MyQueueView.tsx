import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { actorFromUser } from '../workflow/actor'
import { stateLabels } from '../workflow/labels'
import { myQueue, type QueueGroup } from '../workflow/queue'
import { AdminPage } from './AdminPage'
import { formatDateTime, formatWaiting } from './formatDate'
import { groupByChannel } from './channelQueue'
import { queueRows, type QueueRow } from './queueRows'
import { bilingual } from '../i18n'

type Lang = 'zh' | 'en'

const groupTitles: Record<QueueGroup, { zh: string; en: string }> = {
  review: bilingual('admin:myQueueView:groupTitles:review'),
  signOff: bilingual('admin:myQueueView:groupTitles:signOff'),
  returned: bilingual('admin:myQueueView:groupTitles:returned'),
  scheduled: bilingual('admin:myQueueView:groupTitles:scheduled'),
}
const words = {
  author: bilingual('admin:myQueueView:words:author'),
  brands: bilingual('admin:myQueueView:words:brands'),
  waiting: bilingual('admin:myQueueView:words:waiting'),
  revision: bilingual('admin:myQueueView:words:revision'),
  withdrawAt: bilingual('admin:myQueueView:words:withdrawAt'),
  scheduledAt: bilingual('admin:myQueueView:words:scheduledAt'),
  latest: bilingual('admin:myQueueView:words:latest'),
  since: bilingual('admin:myQueueView:words:since'),
  channel: bilingual('admin:channels:queueChannel'),
}

const Meta = ({ name, children }: { name: string; children: React.ReactNode }) => (
  <span data-queue-field={name} style={{ marginInlineEnd: '0.75rem', whiteSpace: 'nowrap' }}>
    {children}
  </span>
)

const EntryRow = ({ row, lang, adminRoute }: { row: QueueRow; lang: Lang; adminRoute: string }) => {
  const since = row.context.since ?? row.updatedAt
  return (
    <li data-queue-item={row.id} style={{ padding: '0.6rem 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
      <div>
        <a href={`${adminRoute}/collections/${row.collection}/${row.id}`} style={{ fontWeight: 600 }}>
          {row.title}
        </a>
        {row.revisionOfLive && (
          <span
            data-queue-field="revision"
            style={{
              marginInlineStart: '0.5rem',
              padding: '0 0.4rem',
              border: '1px solid var(--theme-warning-500)',
              borderRadius: 3,
            }}
          >
            {words.revision[lang]}
          </span>
        )}
      </div>
      <div style={{ color: 'var(--theme-elevation-600)', fontSize: '0.9em', display: 'flex', flexWrap: 'wrap' }}>
        <Meta name="state">
          {stateLabels[row.state][lang]}
          {row.levelLabel ? ` · ${row.levelLabel[lang]}（${row.reviewLevel}/${row.levels}）` : ''}
        </Meta>
        {row.channel && (
          <Meta name="channel">
            {words.channel[lang]}：{row.channel.name}
          </Meta>
        )}
        <Meta name="author">
          {words.author[lang]}：{row.context.authorName ?? '—'}
        </Meta>
        <Meta name="brands">
          {words.brands[lang]}：{row.context.brandNames.join('、') || '—'}
        </Meta>
        <Meta name="waiting">
          {words.waiting[lang]}
          {formatWaiting(since, lang)}（{words.since[lang]}
          {formatDateTime(since, lang)}）
        </Meta>
        {row.state === 'scheduled' && row.withdrawAt === null && (
          <Meta name="scheduled">{words.scheduledAt[lang]}</Meta>
        )}
        {row.withdrawAt && (
          <Meta name="withdrawAt">
            {words.withdrawAt[lang]}：{formatDateTime(row.withdrawAt, lang)}
          </Meta>
        )}
      </div>
      {row.latestComment && (
        <div data-queue-field="latestComment" style={{ color: 'var(--theme-elevation-600)', fontSize: '0.9em' }}>
          {words.latest[lang]}：{row.latestComment.by ? `${row.latestComment.by}：` : ''}
          {row.latestComment.text}
        </div>
      )}
    </li>
  )
}

const RowList = ({ rows, lang, adminRoute }: { rows: QueueRow[]; lang: Lang; adminRoute: string }) => (
  <ul style={{ listStyle: 'none', padding: 0 }}>
    {rows.map((row) => (
      <EntryRow key={`${row.collection}-${row.id}`} row={row} lang={lang} adminRoute={adminRoute} />
    ))}
  </ul>
)

/** A group's stories and photo captions, then its channel variants under one heading per channel. */
const GroupRows = ({ rows, lang, adminRoute }: { rows: QueueRow[]; lang: Lang; adminRoute: string }) => {
  const { items, channels } = groupByChannel(rows)
  return (
    <>
      {items.length > 0 && <RowList rows={items} lang={lang} adminRoute={adminRoute} />}
      {channels.map(({ channel, rows: variants }) => (
        <div key={channel.id} data-queue-channel={channel.name} style={{ marginTop: '0.75rem' }}>
          <h4 style={{ margin: '0.5rem 0 0' }}>
            {words.channel[lang]}：{channel.name}（{variants.length}）
          </h4>
          <RowList rows={variants} lang={lang} adminRoute={adminRoute} />
        </div>
      ))}
    </>
  )
}

/** 我的待办 at /admin/queue: items at my review level, awaiting my sign-off, returned to me, and scheduled. */
export const MyQueueView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req } = initPageResult
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'zh'
  const actor = actorFromUser(req.user)
  const queue = actor ? await queueRows(req.payload, req, await myQueue(req.payload, actor, req)) : null
  const adminRoute = req.payload.config.routes.admin
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{bilingual('admin:words:myQueue')[lang]}</h1>
      {!queue && <p>{bilingual('admin:words:pleaseLogIn')[lang]}</p>}
      {queue &&
        (Object.keys(groupTitles) as QueueGroup[]).map((group) => (
          <section key={group} data-queue-group={group} style={{ marginTop: '1.5rem' }}>
            <h3>
              {groupTitles[group][lang]}（{queue[group].length}）
            </h3>
            {queue[group].length === 0 ? (
              <p style={{ color: 'var(--theme-elevation-500)' }}>{bilingual('admin:words:nothingHere')[lang]}</p>
            ) : (
              <GroupRows rows={queue[group]} lang={lang} adminRoute={adminRoute} />
            )}
          </section>
        ))}
    </AdminPage>
  )
}
