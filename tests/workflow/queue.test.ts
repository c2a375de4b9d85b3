import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import type { User } from '../../src/payload-types'
import { actorFromUser } from '../../src/workflow/actor'
import { fireWorkflow } from '../../src/workflow/localApi'
import { myQueue, type QueueGroup } from '../../src/workflow/queue'
import { createArticleIn } from '../helpers/content'
import { useNewsroom } from '../helpers/newsroom'

describe('我的待办 (my queue)', () => {
  const room = useNewsroom()

  /** The queue as `user` sees it: headline titles per group. */
  const queueOf = async (user: User): Promise<Record<QueueGroup, string[]>> => {
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, room.t.payload)
    const queue = await myQueue(room.t.payload, actorFromUser(req.user)!, req)
    const titles = (group: QueueGroup) => queue[group].map((entry) => entry.title).sort()
    return {
      review: titles('review'),
      signOff: titles('signOff'),
      returned: titles('returned'),
      scheduled: titles('scheduled'),
    }
  }

  beforeAll(async () => {
    const daily = { brands: [room.n.daily.id], owner: room.n.reporter.id }
    await createArticleIn(room.t.payload, 'draft', { headline: '草稿不在待办', ...daily })
    await createArticleIn(room.t.payload, 'inReview', { headline: '初审中', reviewLevel: 1, ...daily })
    await createArticleIn(room.t.payload, 'inReview', { headline: '复审中', reviewLevel: 2, ...daily })
    await createArticleIn(room.t.payload, 'approved', { headline: '待签发', ...daily })
    await createArticleIn(room.t.payload, 'returned', { headline: '已退回', ...daily })
    const scheduled = await createArticleIn(room.t.payload, 'approved', { headline: '定时发布中', ...daily })
    await fireWorkflow(room.t.payload, {
      collection: 'articles',
      id: scheduled.id,
      transition: 'schedule',
      user: room.n.chief,
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    const live = await createArticleIn(room.t.payload, 'published', { headline: '定时撤稿中', ...daily })
    await fireWorkflow(room.t.payload, {
      collection: 'articles',
      id: live.id,
      transition: 'scheduleWithdraw',
      user: room.n.chief,
      comment: '专题结束',
      withdrawAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await createArticleIn(room.t.payload, 'published', { headline: '已发布不在待办', ...daily })
  })

  it('gives each reviewer the items at their level, and the final sign-off what waits for it', async () => {
    expect(await queueOf(room.n.editor1)).toEqual({ review: ['初审中'], signOff: [], returned: [], scheduled: [] })
    expect(await queueOf(room.n.editor2)).toEqual({ review: ['复审中'], signOff: [], returned: [], scheduled: [] })
    expect(await queueOf(room.n.chief)).toEqual({
      review: [],
      signOff: ['待签发'],
      returned: [],
      scheduled: ['定时发布中', '定时撤稿中'],
    })
  })

  it('gives the author their returned and scheduled items, and nobody else’s', async () => {
    expect(await queueOf(room.n.reporter)).toEqual({
      review: [],
      signOff: [],
      returned: ['已退回'],
      scheduled: ['定时发布中', '定时撤稿中'],
    })
    expect(await queueOf(room.n.colleague)).toEqual({ review: [], signOff: [], returned: [], scheduled: [] })
    expect(await queueOf(room.n.correspondent)).toEqual({ review: [], signOff: [], returned: [], scheduled: [] })
  })
})
