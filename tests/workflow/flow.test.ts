import { describe, expect, it } from '@jest/globals'

import { outbox } from '../../src/email'
import { fireWorkflow } from '../../src/workflow/localApi'
import { createArticleIn } from '../helpers/content'
import { useNewsroom } from '../helpers/newsroom'

const waitFor = async (check: () => boolean, ms = 2_000) => {
  const until = Date.now() + ms
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('the review workflow end to end', () => {
  const room = useNewsroom()

  it('a reporter drafts, three levels review with comments, the chief signs off, and readers get the story', async () => {
    const created = await room.api.post('/articles', {
      token: room.tokens.reporter,
      body: {
        headline: '三审流程测试',
        brands: [room.n.daily.id],
        contributors: [{ role: 'reporter', name: '任晓萌', user: room.n.reporter.id }],
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc).toMatchObject({ workflowState: 'draft', owner: { id: room.n.reporter.id } })

    outbox.length = 0
    const submit = await room.api.post(`/articles/${id}/workflow/submit`, { token: room.tokens.reporter, body: {} })
    expect(submit.status).toBe(200)
    expect(submit.body).toMatchObject({ state: 'inReview', reviewLevel: 1, reviewLevelLabel: { zh: '初审' } })
    await waitFor(() => outbox.length > 0)
    expect(outbox.map((mail) => mail.to)).toEqual([[room.n.editor1.email]])
    expect(outbox[0].subject).toContain('提交审核')

    const reporterView = await room.api.get(`/articles/${id}/workflow`, { token: room.tokens.reporter })
    expect(reporterView.body.available).toEqual([])
    expect(
      (await room.api.patch(`/articles/${id}`, { token: room.tokens.reporter, body: { headline: '审核中偷改' } }))
        .status,
    ).toBe(403)

    const editorView = await room.api.get(`/articles/${id}/workflow`, { token: room.tokens.editor1 })
    expect(editorView.body.available.map((action: { name: string }) => action.name)).toEqual(['approve', 'return'])

    expect(
      (
        await room.api.post(`/articles/${id}/workflow/approve`, {
          token: room.tokens.editor1,
          body: { comment: '初审通过' },
        })
      ).body,
    ).toMatchObject({ state: 'inReview', reviewLevel: 2 })
    expect(
      (await room.api.post(`/articles/${id}/workflow/approve`, { token: room.tokens.editor1, body: {} })).status,
    ).toBe(403)
    expect(
      (
        await room.api.post(`/articles/${id}/workflow/approve`, {
          token: room.tokens.editor2,
          body: { comment: '复审通过' },
        })
      ).body,
    ).toMatchObject({ state: 'inReview', reviewLevel: 3 })
    expect((await room.api.get(`/articles/${id}`)).status).toBe(404)
    const signOff = await room.api.post(`/articles/${id}/workflow/publish`, {
      token: room.tokens.chief,
      body: { comment: '签发' },
    })
    expect(signOff.status).toBe(200)
    expect(signOff.body).toMatchObject({ state: 'published', live: true })

    const publicRead = await room.api.get(`/articles/${id}`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body.headline).toBe('三审流程测试')

    const audit = await room.api.get(`/workflow-audit?where[itemId][equals]=${id}&sort=createdAt`, {
      token: room.tokens.admin,
    })
    expect(
      audit.body.docs.map(
        (record: { transition: string; from: string; to: string; level: number | null; comment: string | null }) => [
          record.transition,
          record.from,
          record.to,
          record.level,
          record.comment,
        ],
      ),
    ).toEqual([
      ['submit', 'draft', 'inReview', null, null],
      ['approve', 'inReview', 'inReview', 1, '初审通过'],
      ['approve', 'inReview', 'inReview', 2, '复审通过'],
      ['publish', 'inReview', 'published', 3, '签发'],
    ])
  })

  it('return needs a comment and sends the story back to its author, who resubmits', async () => {
    const article = await createArticleIn(room.t.payload, 'inReview', {
      headline: '退回测试',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
      reviewLevel: 1,
    })
    const noComment = await room.api.post(`/articles/${article.id}/workflow/return`, {
      token: room.tokens.editor1,
      body: { comment: '   ' },
    })
    expect(noComment.status).toBe(400)
    expect(noComment.body.errors[0].data.code).toBe('commentRequired')
    outbox.length = 0
    const returned = await room.api.post(`/articles/${article.id}/workflow/return`, {
      token: room.tokens.editor1,
      body: { comment: '导语太长，请压缩' },
    })
    expect(returned.body.state).toBe('returned')
    await waitFor(() => outbox.length > 0)
    expect(outbox[0]).toMatchObject({ to: [room.n.reporter.email], text: expect.stringContaining('导语太长，请压缩') })
    expect(
      (
        await room.api.patch(`/articles/${article.id}`, {
          token: room.tokens.reporter,
          body: { summary: '压缩后的导语' },
        })
      ).status,
    ).toBe(200)
    expect(
      (await room.api.post(`/articles/${article.id}/workflow/resubmit`, { token: room.tokens.reporter, body: {} }))
        .body,
    ).toMatchObject({ state: 'inReview', reviewLevel: 1 })
  })

  it('editing a published story makes a revision: readers keep the old text until sign-off', async () => {
    const live = await createArticleIn(room.t.payload, 'published', {
      headline: '原标题',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
    })
    const edit = await room.api.patch(`/articles/${live.id}`, {
      token: room.tokens.reporter,
      body: { headline: '修订后的标题' },
    })
    expect(edit.status).toBe(200)
    expect((await room.api.get(`/articles/${live.id}`)).body.headline).toBe('原标题')
    const status = await room.api.get(`/articles/${live.id}/workflow`, { token: room.tokens.reporter })
    expect(status.body).toMatchObject({ state: 'draft', live: true })

    await room.api.post(`/articles/${live.id}/workflow/submit`, { token: room.tokens.reporter, body: {} })
    await room.api.post(`/articles/${live.id}/workflow/approve`, { token: room.tokens.editor1, body: {} })
    expect((await room.api.get(`/articles/${live.id}`)).body.headline).toBe('原标题')
    expect((await room.api.get(`/articles?where[id][equals]=${live.id}`)).body.docs[0].headline).toBe('原标题')
    expect(
      (await room.api.post(`/articles/${live.id}/workflow/approve`, { token: room.tokens.chief, body: {} })).body.state,
    ).toBe('approved')
    expect(
      (await room.api.post(`/articles/${live.id}/workflow/publish`, { token: room.tokens.chief, body: {} })).body.state,
    ).toBe('published')
    expect((await room.api.get(`/articles/${live.id}`)).body.headline).toBe('修订后的标题')
  })

  it('withdrawing needs a reason and takes the story off every public read', async () => {
    const live = await createArticleIn(room.t.payload, 'published', {
      headline: '将被撤稿',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
    })
    expect(
      (await room.api.post(`/articles/${live.id}/workflow/withdraw`, { token: room.tokens.chief, body: {} })).status,
    ).toBe(400)
    expect(
      (
        await room.api.post(`/articles/${live.id}/workflow/withdraw`, {
          token: room.tokens.editor1,
          body: { comment: '事实有误' },
        })
      ).status,
    ).toBe(403)
    const withdrawn = await room.api.post(`/articles/${live.id}/workflow/withdraw`, {
      token: room.tokens.chief,
      body: { comment: '事实有误' },
    })
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', live: false })
    expect((await room.api.get(`/articles/${live.id}`)).status).toBe(404)
    const gql = await room.api.graphql(`{ Articles(where: { id: { equals: "${live.id}" } }) { docs { id } } }`)
    expect(gql.body.data.Articles.docs).toEqual([])
  })

  it('a scheduled story stays hidden until its time and is published by the job runner', async () => {
    const approved = await createArticleIn(room.t.payload, 'approved', {
      headline: '定时发布稿件',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
    })
    const past = await room.api.post(`/articles/${approved.id}/workflow/schedule`, {
      token: room.tokens.chief,
      body: { publishAt: new Date(Date.now() - 60_000).toISOString() },
    })
    expect(past.status).toBe(400)
    const publishAt = new Date(Date.now() + 1_500).toISOString()
    const scheduled = await room.api.post(`/articles/${approved.id}/workflow/schedule`, {
      token: room.tokens.chief,
      body: { publishAt },
    })
    expect(scheduled.body).toMatchObject({ state: 'scheduled', scheduledAt: publishAt })
    await room.t.payload.jobs.run()
    expect((await room.api.get(`/articles/${approved.id}`)).status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    await room.t.payload.jobs.run()
    const read = await room.api.get(`/articles/${approved.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ headline: '定时发布稿件', _status: 'published' })
    // Workflow bookkeeping is staff-only, on Payload's REST as everywhere.
    for (const field of ['workflowState', 'reviewLevel', 'scheduledAt', 'withdrawAt', 'owner', 'editedBy'])
      expect(read.body).not.toHaveProperty(field)
    expect((await room.api.get(`/articles/${approved.id}`, { token: room.tokens.correspondent })).body).toMatchObject({
      workflowState: 'published',
    })
  })

  it('an unscheduled story is not published when its old job comes due', async () => {
    const approved = await createArticleIn(room.t.payload, 'approved', {
      headline: '取消定时',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
    })
    await room.api.post(`/articles/${approved.id}/workflow/schedule`, {
      token: room.tokens.chief,
      body: { publishAt: new Date(Date.now() + 300).toISOString() },
    })
    expect(
      (await room.api.post(`/articles/${approved.id}/workflow/unschedule`, { token: room.tokens.chief, body: {} })).body
        .state,
    ).toBe('approved')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await room.t.payload.jobs.run()
    expect((await room.api.get(`/articles/${approved.id}`)).status).toBe(404)
  })

  it('a scheduled withdrawal (定时撤稿) takes the live story down when due, even with a revision under way', async () => {
    const live = await createArticleIn(room.t.payload, 'published', {
      headline: '活动预告',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
    })
    const path = `/articles/${live.id}/workflow/scheduleWithdraw`
    const soon = new Date(Date.now() + 1_500).toISOString()
    expect(
      (await room.api.post(path, { token: room.tokens.chief, body: { withdrawAt: soon } })).body.errors[0].data.code,
    ).toBe('commentRequired')
    expect(
      (await room.api.post(path, { token: room.tokens.chief, body: { comment: '活动结束', withdrawAt: 'tomorrow' } }))
        .status,
    ).toBe(400)
    expect(
      (
        await room.api.post(path, {
          token: room.tokens.chief,
          body: { comment: '活动结束', withdrawAt: new Date(Date.now() - 1_000).toISOString() },
        })
      ).status,
    ).toBe(400)
    expect(
      (await room.api.post(path, { token: room.tokens.chief, body: { comment: '活动结束', withdrawAt: 42 } })).status,
    ).toBe(400)
    expect(
      (await room.api.post(path, { token: room.tokens.editor1, body: { comment: '活动结束', withdrawAt: soon } }))
        .status,
    ).toBe(403)

    outbox.length = 0
    const scheduled = await room.api.post(path, {
      token: room.tokens.chief,
      body: { comment: '活动结束', withdrawAt: soon },
    })
    expect(scheduled.body).toMatchObject({ state: 'published', withdrawAt: soon, live: true })
    expect(scheduled.body.available.map((action: { name: string }) => action.name)).toContain('unscheduleWithdraw')
    await waitFor(() => outbox.length > 0)
    expect(outbox[0].to).toEqual([room.n.reporter.email])
    expect(outbox[0].subject).toContain('定时撤稿')

    // The reporter starts a revision meanwhile: the pending withdrawal concerns the live version and stays.
    const revised = await room.api.patch(`/articles/${live.id}?draft=true`, {
      token: room.tokens.reporter,
      body: { headline: '活动预告（修订）' },
    })
    expect(revised.status).toBe(200)
    expect((await room.api.get(`/articles/${live.id}/workflow`, { token: room.tokens.chief })).body).toMatchObject({
      state: 'draft',
      live: true,
      withdrawAt: soon,
    })
    await room.t.payload.jobs.run()
    expect((await room.api.get(`/articles/${live.id}`)).body.headline).toBe('活动预告')

    await new Promise((resolve) => setTimeout(resolve, 1_600))
    await room.t.payload.jobs.run()
    expect((await room.api.get(`/articles/${live.id}`)).status).toBe(404)
    const status = await room.api.get(`/articles/${live.id}/workflow`, { token: room.tokens.chief })
    expect(status.body).toMatchObject({ state: 'withdrawn', live: false, withdrawAt: null })
    expect(
      status.body.history
        .slice(-2)
        .map((entry: { transition: string; actor: string; comment: string | null }) => [
          entry.transition,
          entry.actor,
          entry.comment,
        ]),
    ).toEqual([
      ['scheduleWithdraw', room.n.chief.name, '活动结束'],
      ['withdrawScheduled', '系统 System', null],
    ])
    // The revision is kept: restoring gives the reporter the revised text as a draft.
    expect(
      (await room.api.post(`/articles/${live.id}/workflow/restore`, { token: room.tokens.reporter, body: {} })).body
        .state,
    ).toBe('draft')
    expect((await room.api.get(`/articles/${live.id}?draft=true`, { token: room.tokens.reporter })).body.headline).toBe(
      '活动预告（修订）',
    )
  })

  it('a cancelled scheduled withdrawal does nothing when its old job comes due; nobody cancels what is not scheduled', async () => {
    const live = await createArticleIn(room.t.payload, 'published', {
      headline: '取消定时撤稿',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
    })
    expect(
      (await room.api.post(`/articles/${live.id}/workflow/unscheduleWithdraw`, { token: room.tokens.chief, body: {} }))
        .body.errors[0].data.code,
    ).toBe('noWithdrawalScheduled')
    await room.api.post(`/articles/${live.id}/workflow/scheduleWithdraw`, {
      token: room.tokens.chief,
      body: { comment: '到期下线', withdrawAt: new Date(Date.now() + 300).toISOString() },
    })
    expect(
      (
        await room.api.post(`/articles/${live.id}/workflow/unscheduleWithdraw`, {
          token: room.tokens.reporter,
          body: {},
        })
      ).status,
    ).toBe(403)
    expect(
      (await room.api.post(`/articles/${live.id}/workflow/unscheduleWithdraw`, { token: room.tokens.chief, body: {} }))
        .body,
    ).toMatchObject({ state: 'published', withdrawAt: null })
    await new Promise((resolve) => setTimeout(resolve, 400))
    await room.t.payload.jobs.run()
    expect((await room.api.get(`/articles/${live.id}`)).status).toBe(200)
    // A system transition is never the client's to fire.
    expect(
      (await room.api.post(`/articles/${live.id}/workflow/withdrawScheduled`, { token: room.tokens.admin, body: {} }))
        .status,
    ).toBe(400)
  })

  it('the Local API helper applies the same rules as REST', async () => {
    const draft = await createArticleIn(room.t.payload, 'draft', {
      headline: '本地接口',
      brands: [room.n.app.id],
      owner: room.n.reporter.id,
    })
    await expect(
      fireWorkflow(room.t.payload, {
        collection: 'articles',
        id: draft.id,
        transition: 'publish',
        user: room.n.reporter,
      }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      fireWorkflow(room.t.payload, {
        collection: 'articles',
        id: draft.id,
        transition: 'submit',
        user: room.n.correspondent,
      }),
    ).rejects.toMatchObject({ status: 404 })
    expect(
      await fireWorkflow(room.t.payload, {
        collection: 'articles',
        id: draft.id,
        transition: 'submit',
        user: room.n.reporter,
      }),
    ).toMatchObject({ to: 'inReview' })
  })

  it('photo-caption items go through the same workflow', async () => {
    const created = await room.api.post('/photo-captions', {
      token: room.tokens.correspondent,
      body: { caption: '2024年9月28日，体育联赛开幕。', brands: [room.n.app.id] },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await room.api.post(`/photo-captions/${id}/workflow/submit`, { token: room.tokens.correspondent, body: {} })
    await room.api.post(`/photo-captions/${id}/workflow/approve`, { token: room.tokens.editor1, body: {} })
    expect(
      (await room.api.post(`/photo-captions/${id}/workflow/publish`, { token: room.tokens.chief, body: {} })).body
        .state,
    ).toBe('published')
    expect((await room.api.get(`/photo-captions/${id}`)).status).toBe(200)
  })
})
