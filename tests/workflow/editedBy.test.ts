import { describe, expect, it } from '@jest/globals'

import { relationId } from '../../src/utilities/relationId'
import { useNewsroom } from '../helpers/newsroom'

/** 最后修改人: every saved version says who saved it, and no client can say otherwise (issue #14). */
describe('editedBy on reviewed items', () => {
  const room = useNewsroom()

  const latestVersion = async (id: string) => {
    const { docs } = await room.t.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    return relationId(docs[0]?.version.editedBy)
  }

  it('is whoever saved, whatever the request claims, through REST, transitions and GraphQL', async () => {
    const created = await room.api.post('/articles', {
      token: room.tokens.reporter,
      body: { headline: '修改人测试', brands: [room.n.daily.id], editedBy: room.n.chief.id },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    expect(relationId(created.body.doc.editedBy)).toBe(room.n.reporter.id)
    expect(await latestVersion(id)).toBe(room.n.reporter.id)

    const forged = await room.api.patch(`/articles/${id}?draft=true`, {
      token: room.tokens.reporter,
      body: { subheadline: '副题', editedBy: room.n.editor1.id },
    })
    expect(forged.status).toBe(200)
    expect(relationId(forged.body.doc.editedBy)).toBe(room.n.reporter.id)

    expect(
      (await room.api.post(`/articles/${id}/workflow/submit`, { token: room.tokens.reporter, body: {} })).status,
    ).toBe(200)
    expect(await latestVersion(id)).toBe(room.n.reporter.id)
    const approved = await room.api.post(`/articles/${id}/workflow/approve`, {
      token: room.tokens.editor1,
      body: { comment: '初审通过' },
    })
    expect(approved.status).toBe(200)
    expect(await latestVersion(id)).toBe(room.n.editor1.id)

    const gql = await room.api.graphql(
      `mutation { updateArticle(id: "${id}", draft: true, data: { summary: "导语", editedBy: "${room.n.chief.id}" }) { id } }`,
      {},
      room.tokens.editor2,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(await latestVersion(id)).toBe(room.n.editor2.id)
  })

  it('is empty for a save no person made (a scheduled job, the Local API without a user)', async () => {
    const created = await room.api.post('/articles', {
      token: room.tokens.reporter,
      body: { headline: '系统保存', brands: [room.n.daily.id] },
    })
    const id = created.body.doc.id as string
    await room.t.payload.update({ collection: 'articles', id, draft: true, data: { subheadline: '系统改的' } })
    expect(await latestVersion(id)).toBeNull()
  })

  it('is staff-only: anonymous readers never see it, staff do', async () => {
    const created = await room.api.post('/articles', {
      token: room.tokens.reporter,
      body: { headline: '公开稿件', brands: [room.n.app.id] },
    })
    const id = created.body.doc.id as string
    for (const [transition, token] of [
      ['submit', room.tokens.reporter],
      ['approve', room.tokens.editor1],
      ['publish', room.tokens.chief],
    ] as const)
      expect((await room.api.post(`/articles/${id}/workflow/${transition}`, { token, body: {} })).status).toBe(200)
    const anonymous = await room.api.get(`/articles/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).toHaveProperty('headline', '公开稿件')
    expect(anonymous.body).not.toHaveProperty('editedBy')
    expect(relationId((await room.api.get(`/articles/${id}`, { token: room.tokens.editor1 })).body.editedBy)).toBe(
      room.n.chief.id,
    )
  })
})
