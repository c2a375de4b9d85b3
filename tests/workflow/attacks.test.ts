import { describe, expect, it } from '@jest/globals'

import { createArticleIn } from '../helpers/content'
import { useNewsroom } from '../helpers/newsroom'

describe('direct attacks on the workflow', () => {
  const room = useNewsroom()

  const stored = (id: string) =>
    room.t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
  const live = (id: string) =>
    room.t.payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: true })

  it('a reporter cannot publish by sending _status, by REST, GraphQL or the Local API', async () => {
    const draft = await createArticleIn(room.t.payload, 'draft', {
      headline: '偷发稿件',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    const before = await stored(draft.id)
    for (const query of ['', '?draft=false', '?draft=true']) {
      const response = await room.api.patch(`/articles/${draft.id}${query}`, {
        token: room.tokens.reporter,
        body: { _status: 'published' },
      })
      expect(response.status).toBe(403)
    }
    expect(
      (
        await room.api.post('/articles', {
          token: room.tokens.reporter,
          body: { headline: '直接发布', _status: 'published' },
        })
      ).status,
    ).toBe(403)
    const gql = await room.api.graphql(
      `mutation { updateArticle(id: "${draft.id}", data: { _status: published }) { id } }`,
      {},
      room.tokens.reporter,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      room.t.payload.update({
        collection: 'articles',
        id: draft.id,
        data: { _status: 'published' },
        user: room.n.reporter,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Even an admin and even trusted code without the executor's marker cannot publish with a plain update.
    expect(
      (await room.api.patch(`/articles/${draft.id}`, { token: room.tokens.admin, body: { _status: 'published' } }))
        .status,
    ).toBe(403)
    await expect(
      room.t.payload.update({
        collection: 'articles',
        id: draft.id,
        data: { _status: 'published' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored(draft.id)).toEqual(before)
    expect((await live(draft.id)).docs[0]._status).toBe('draft')
  })

  it('nobody writes workflow fields directly', async () => {
    const draft = await createArticleIn(room.t.payload, 'draft', {
      headline: '改状态',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    const before = await stored(draft.id)
    for (const body of [
      { workflowState: 'approved' },
      { reviewLevel: 3 },
      { owner: room.n.colleague.id },
      { scheduledAt: '2030-01-01T00:00:00.000Z' },
    ]) {
      expect((await room.api.patch(`/articles/${draft.id}`, { token: room.tokens.reporter, body })).status).toBe(403)
      expect((await room.api.patch(`/articles/${draft.id}`, { token: room.tokens.admin, body })).status).toBe(403)
    }
    expect(await stored(draft.id)).toEqual(before)
  })

  it('an unpublish disguised as an edit does not take a live story down', async () => {
    const story = await createArticleIn(room.t.payload, 'published', {
      headline: '在线稿件',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    const response = await room.api.patch(`/articles/${story.id}?draft=false`, {
      token: room.tokens.reporter,
      body: { _status: 'draft', headline: '改了' },
    })
    expect(response.status).toBe(200)
    const reader = await room.api.get(`/articles/${story.id}`)
    expect(reader.status).toBe(200)
    expect(reader.body.headline).toBe('在线稿件')
  })

  it('a stale write (If-Match with an old updatedAt) is rejected with 409, not merged', async () => {
    const draft = await createArticleIn(room.t.payload, 'draft', {
      headline: '并发编辑',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    const loaded = draft.updatedAt
    expect(
      (
        await room.api.patch(`/articles/${draft.id}`, {
          token: room.tokens.editor1,
          body: { summary: '编辑先改' },
          headers: { 'If-Match': `"${loaded}"` },
        })
      ).status,
    ).toBe(200)
    const stale = await room.api.patch(`/articles/${draft.id}`, {
      token: room.tokens.reporter,
      body: { summary: '记者后改' },
      headers: { 'If-Match': `"${loaded}"` },
    })
    expect(stale.status).toBe(409)
    expect((await stored(draft.id)).summary).toBe('编辑先改')
  })

  it('a version cannot be restored over the live story', async () => {
    const story = await createArticleIn(room.t.payload, 'published', {
      headline: '版本一',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    await room.api.patch(`/articles/${story.id}`, { token: room.tokens.reporter, body: { headline: '版本二草稿' } })
    const versions = await room.api.get(`/articles/versions?where[parent][equals]=${story.id}&sort=-updatedAt`, {
      token: room.tokens.admin,
    })
    const draftVersion = versions.body.docs[0]
    expect((await room.api.post(`/articles/versions/${draftVersion.id}`, { token: room.tokens.admin })).status).toBe(
      400,
    )
    expect((await room.api.get(`/articles/${story.id}`)).body.headline).toBe('版本一')
  })

  it('authors cannot edit while the item is in review, approved or scheduled', async () => {
    for (const state of ['inReview', 'approved', 'scheduled'] as const) {
      const item = await createArticleIn(room.t.payload, state, {
        headline: `锁定 ${state}`,
        owner: room.n.reporter.id,
        brands: [room.n.app.id],
        reviewLevel: state === 'inReview' ? 1 : null,
      })
      const before = await stored(item.id)
      expect(
        (await room.api.patch(`/articles/${item.id}`, { token: room.tokens.reporter, body: { headline: '偷改' } }))
          .status,
      ).toBe(403)
      expect(await stored(item.id)).toEqual(before)
    }
  })

  it('an editor cannot approve their own article, nor sign off a story they are credited on', async () => {
    const own = await createArticleIn(room.t.payload, 'inReview', {
      headline: '编辑自己的稿',
      owner: room.n.editor1.id,
      brands: [room.n.daily.id],
      reviewLevel: 1,
    })
    const response = await room.api.post(`/articles/${own.id}/workflow/approve`, {
      token: room.tokens.editor1,
      body: {},
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].data.code).toBe('ownWork')
    const credited = await createArticleIn(room.t.payload, 'inReview', {
      headline: '署名编辑',
      owner: room.n.reporter.id,
      brands: [room.n.daily.id],
      reviewLevel: 3,
      contributors: [{ role: 'reporter', name: '终审', user: room.n.chief.id }],
    })
    expect(
      (await room.api.post(`/articles/${credited.id}/workflow/publish`, { token: room.tokens.chief, body: {} })).status,
    ).toBe(403)
  })

  it('a correspondent never sees a colleague’s unpublished work: by id, list, GraphQL, draft=true or versions', async () => {
    const secret = await createArticleIn(room.t.payload, 'draft', {
      headline: '同事草稿',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    await createArticleIn(room.t.payload, 'published', {
      headline: '公开稿件',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    const token = room.tokens.correspondent
    expect((await room.api.get(`/articles/${secret.id}`, { token })).status).toBe(404)
    expect((await room.api.get(`/articles/${secret.id}?draft=true`, { token })).status).toBe(404)
    const headlines = (await room.api.get('/articles?draft=true&limit=0', { token })).body.docs.map(
      (doc: { headline: string }) => doc.headline,
    )
    expect(headlines).not.toContain('同事草稿')
    expect(headlines).toContain('公开稿件')
    const gql = await room.api.graphql(
      `{ Articles(draft: true, limit: 0) { docs { headline } } Article(id: "${secret.id}", draft: true) { headline } }`,
      {},
      token,
    )
    expect(JSON.stringify(gql.body.data)).not.toContain('同事草稿')
    const versions = await room.api.get(`/articles/versions?where[parent][equals]=${secret.id}`, { token })
    expect(versions.body.docs ?? []).toEqual([])
    expect((await room.api.get(`/articles/${secret.id}/workflow`, { token })).status).toBe(404)
    // A reporter of the same brand reads it, read-only.
    expect((await room.api.get(`/articles/${secret.id}?draft=true`, { token: room.tokens.colleague })).status).toBe(200)
    expect(
      (await room.api.patch(`/articles/${secret.id}`, { token: room.tokens.colleague, body: { headline: '同事改稿' } }))
        .status,
    ).toBe(403)
  })

  it('anonymous readers never get drafts, items in review, returned, approved, scheduled or withdrawn', async () => {
    const hidden = ['draft', 'inReview', 'returned', 'approved', 'scheduled', 'withdrawn'] as const
    const ids = []
    for (const state of hidden)
      ids.push(
        (
          await createArticleIn(room.t.payload, state, {
            headline: `隐藏-${state}`,
            owner: room.n.reporter.id,
            brands: [room.n.app.id],
            reviewLevel: state === 'inReview' ? 1 : null,
          })
        ).id,
      )
    for (const id of ids) {
      expect((await room.api.get(`/articles/${id}`)).status).toBe(404)
      expect((await room.api.get(`/articles/${id}?draft=true`)).status).toBe(404)
      expect((await room.api.get(`/articles/${id}/workflow`)).status).toBe(401)
    }
    const all = JSON.stringify((await room.api.get('/articles?limit=0&draft=true')).body)
    const gql = JSON.stringify(
      (
        await room.api.graphql(
          '{ Articles(limit: 0, draft: true) { docs { headline } } versionsArticles { docs { id } } }',
        )
      ).body,
    )
    for (const state of hidden) {
      expect(all).not.toContain(`隐藏-${state}`)
      expect(gql).not.toContain(`隐藏-${state}`)
    }
    expect((await room.api.get('/articles/versions')).status).toBe(403)
    expect((await room.api.get('/workflow-audit')).status).toBe(403)
    expect((await room.api.get('/editorial-comments')).status).toBe(403)
  })

  it('the audit log cannot be changed or deleted by anyone, through any API', async () => {
    const item = await createArticleIn(room.t.payload, 'draft', {
      headline: '审计',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    await room.api.post(`/articles/${item.id}/workflow/submit`, { token: room.tokens.reporter, body: {} })
    const record = (
      await room.api.get(`/workflow-audit?where[itemId][equals]=${item.id}`, { token: room.tokens.admin })
    ).body.docs[0]
    expect(record.transition).toBe('submit')
    expect(
      (await room.api.patch(`/workflow-audit/${record.id}`, { token: room.tokens.admin, body: { comment: '篡改' } }))
        .status,
    ).toBe(403)
    expect((await room.api.delete(`/workflow-audit/${record.id}`, { token: room.tokens.admin })).status).toBe(403)
    expect(
      (
        await room.api.post('/workflow-audit', {
          token: room.tokens.admin,
          body: { itemCollection: 'articles', itemId: item.id, transition: 'publish', from: 'draft', to: 'published' },
        })
      ).status,
    ).toBe(403)
    const gql = await room.api.graphql(
      `mutation { deleteWorkflowAudit(id: "${record.id}") { id } }`,
      {},
      room.tokens.admin,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      room.t.payload.update({
        collection: 'workflow-audit',
        id: record.id,
        data: { comment: 'x' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      room.t.payload.delete({ collection: 'workflow-audit', id: record.id, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
    const again = await room.t.payload.findByID({ collection: 'workflow-audit', id: record.id, overrideAccess: true })
    expect(again).toMatchObject({ transition: 'submit', comment: null })
  })

  it('editorial comments are staff-only and scoped to what the author may see', async () => {
    const item = await createArticleIn(room.t.payload, 'draft', {
      headline: '有评论的稿件',
      owner: room.n.reporter.id,
      brands: [room.n.app.id],
    })
    const created = await room.api.post('/editorial-comments', {
      token: room.tokens.editor1,
      body: { item: { relationTo: 'articles', value: item.id }, text: '第三段需要核实数据' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.author.id ?? created.body.doc.author).toBe(room.n.editor1.id)
    expect(
      (await room.api.get('/editorial-comments', { token: room.tokens.reporter })).body.docs.map(
        (c: { text: string }) => c.text,
      ),
    ).toContain('第三段需要核实数据')
    expect((await room.api.get('/editorial-comments', { token: room.tokens.correspondent })).body.docs).toEqual([])
    expect(
      (
        await room.api.post('/editorial-comments', {
          token: room.tokens.correspondent,
          body: { item: { relationTo: 'articles', value: item.id }, text: '探测' },
        })
      ).status,
    ).toBe(404)
    expect((await room.api.get('/editorial-comments')).status).toBe(403)
    expect(
      JSON.stringify((await room.api.get(`/articles/${item.id}?draft=true`, { token: room.tokens.reporter })).body),
    ).not.toContain('第三段需要核实数据')
  })
})
