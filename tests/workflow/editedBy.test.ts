import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { relationId } from '../../src/utilities/relationId'
import { startNewsroom, type Newsroom, type NewsroomTest } from '../helpers/newsroom'
import type { TestPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

/** 最后修改人: every saved version says who saved it, and no client can say otherwise (issue #14). */
describe('editedBy on reviewed items', () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let tokens: NewsroomTest['tokens']

  beforeAll(async () => {
    ;({ t, api, n, tokens } = await startNewsroom())
  })
  afterAll(async () => {
    await t?.close()
  })

  const latestVersion = async (id: string) => {
    const { docs } = await t.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    return relationId(docs[0]?.version.editedBy)
  }

  it('is whoever saved, whatever the request claims, through REST, transitions and GraphQL', async () => {
    const created = await api.post('/articles', {
      token: tokens.reporter,
      body: { headline: '修改人测试', brands: [n.daily.id], editedBy: n.chief.id },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    expect(relationId(created.body.doc.editedBy)).toBe(n.reporter.id)
    expect(await latestVersion(id)).toBe(n.reporter.id)

    const forged = await api.patch(`/articles/${id}?draft=true`, {
      token: tokens.reporter,
      body: { subheadline: '副题', editedBy: n.editor1.id },
    })
    expect(forged.status).toBe(200)
    expect(relationId(forged.body.doc.editedBy)).toBe(n.reporter.id)

    expect((await api.post(`/articles/${id}/workflow/submit`, { token: tokens.reporter, body: {} })).status).toBe(200)
    expect(await latestVersion(id)).toBe(n.reporter.id)
    const approved = await api.post(`/articles/${id}/workflow/approve`, {
      token: tokens.editor1,
      body: { comment: '初审通过' },
    })
    expect(approved.status).toBe(200)
    expect(await latestVersion(id)).toBe(n.editor1.id)

    const gql = await api.graphql(
      `mutation { updateArticle(id: "${id}", draft: true, data: { summary: "导语", editedBy: "${n.chief.id}" }) { id } }`,
      {},
      tokens.editor2,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(await latestVersion(id)).toBe(n.editor2.id)
  })

  it('is empty for a save no person made (a scheduled job, the Local API without a user)', async () => {
    const created = await api.post('/articles', {
      token: tokens.reporter,
      body: { headline: '系统保存', brands: [n.daily.id] },
    })
    const id = created.body.doc.id as string
    await t.payload.update({ collection: 'articles', id, draft: true, data: { subheadline: '系统改的' } })
    expect(await latestVersion(id)).toBeNull()
  })

  it('is staff-only: anonymous readers never see it, staff do', async () => {
    const created = await api.post('/articles', {
      token: tokens.reporter,
      body: { headline: '公开稿件', brands: [n.app.id] },
    })
    const id = created.body.doc.id as string
    for (const [transition, token] of [
      ['submit', tokens.reporter],
      ['approve', tokens.editor1],
      ['publish', tokens.chief],
    ] as const)
      expect((await api.post(`/articles/${id}/workflow/${transition}`, { token, body: {} })).status).toBe(200)
    const anonymous = await api.get(`/articles/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).toHaveProperty('headline', '公开稿件')
    expect(anonymous.body).not.toHaveProperty('editedBy')
    expect(relationId((await api.get(`/articles/${id}`, { token: tokens.editor1 })).body.editedBy)).toBe(n.chief.id)
  })
})
