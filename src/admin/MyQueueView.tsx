import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { actorFromUser } from '../workflow/actor'
import { stateLabels } from '../workflow/labels'
import { myQueue, type QueueEntry, type QueueGroup } from '../workflow/queue'

const groupTitles: Record<QueueGroup, { zh: string; en: string }> = {
  review: { zh: '待我审核', en: 'Waiting for my review' },
  signOff: { zh: '待我签发', en: 'Waiting for my sign-off' },
  returned: { zh: '退回给我修改', en: 'Returned to me' },
  scheduled: { zh: '定时发布与定时撤稿', en: 'Scheduled publications and withdrawals' },
}
const withdrawAtLabel = { zh: '定时撤稿', en: 'withdrawal at' }

const EntryRow = ({ entry, lang, adminRoute }: { entry: QueueEntry; lang: 'zh' | 'en'; adminRoute: string }) => (
  <li style={{ padding: '0.5rem 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
    <a href={`${adminRoute}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a>{' '}
    <span style={{ color: 'var(--theme-elevation-500)' }}>
      · {stateLabels[entry.state][lang]}
      {entry.reviewLevel ? ` · L${entry.reviewLevel}` : ''} · {new Date(entry.updatedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
      {entry.withdrawAt ? ` · ${withdrawAtLabel[lang]} ${new Date(entry.withdrawAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}` : ''}
    </span>
  </li>
)

/** 我的待办 at /admin/queue: items at my review level, awaiting my sign-off, returned to me, and scheduled. */
export const MyQueueView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const lang = req.i18n.language === 'en' ? 'en' : 'zh'
  const actor = actorFromUser(req.user)
  const queue = actor ? await myQueue(req.payload, actor, req) : null
  const adminRoute = req.payload.config.routes.admin
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{lang === 'zh' ? '我的待办' : 'My queue'}</h1>
        {!queue && <p>{lang === 'zh' ? '请先登录。' : 'Please log in.'}</p>}
        {queue &&
          (Object.keys(groupTitles) as QueueGroup[]).map((group) => (
            <section key={group} data-queue-group={group} style={{ marginTop: '1.5rem' }}>
              <h3>
                {groupTitles[group][lang]} ({queue[group].length})
              </h3>
              {queue[group].length === 0 ? (
                <p style={{ color: 'var(--theme-elevation-500)' }}>{lang === 'zh' ? '暂无' : 'Nothing here'}</p>
              ) : (
                <ul style={{ listStyle: 'none', padding: 0 }}>
                  {queue[group].map((entry) => (
                    <EntryRow key={`${entry.collection}-${entry.id}`} entry={entry} lang={lang} adminRoute={adminRoute} />
                  ))}
                </ul>
              )}
            </section>
          ))}
      </Gutter>
    </DefaultTemplate>
  )
}
