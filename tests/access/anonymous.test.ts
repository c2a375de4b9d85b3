import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestPayload } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { createUser } from '../helpers/users'
import { createPublishedArticle } from '../helpers/content'

describe('anonymous REST and GraphQL', () => {
  let t: TestPayload
  let api: RestClient
  let publishedId: string
  let draftId: string

  beforeAll(async () => {
    t = await startPayload()
    api = restClient(t.config)
    await createUser(t.payload, 'editor', 'someone@newsroom.local')
    publishedId = (await createPublishedArticle(t.payload, { headline: '已发布稿件' })).id
    draftId = (await t.payload.create({ collection: 'articles', data: { headline: '草稿稿件' }, overrideAccess: true }))
      .id
    await t.payload.create({ collection: 'photo-captions', data: { caption: '草稿图说' }, overrideAccess: true })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('reads published articles only, by list and by id', async () => {
    const list = await api.get('/articles?limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { headline: string }) => doc.headline)).toEqual(['已发布稿件'])
    expect((await api.get(`/articles/${publishedId}`)).status).toBe(200)
    expect((await api.get(`/articles/${draftId}`)).status).toBe(404)
  })

  it('cannot get drafts with draft=true, through versions or through GraphQL', async () => {
    const drafts = await api.get('/articles?draft=true&limit=100')
    expect(drafts.body.docs.map((doc: { headline: string }) => doc.headline)).toEqual(['已发布稿件'])
    expect((await api.get(`/articles/${draftId}?draft=true`)).status).toBe(404)
    expect((await api.get('/articles/versions')).status).toBe(403)
    expect((await api.get('/photo-captions?draft=true')).body.docs).toEqual([])
    const gql = await api.graphql('{ Articles(draft: true, limit: 100) { docs { headline } } }')
    expect(gql.body.data.Articles.docs).toEqual([{ headline: '已发布稿件' }])
  })

  it('cannot list users or read an account', async () => {
    expect((await api.get('/users')).status).toBe(403)
    const gql = await api.graphql('{ Users { docs { email } } }')
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it.each([
    ['POST', '/articles', { headline: '匿名稿件' }],
    ['POST', '/brands', { name: '匿名品牌' }],
    ['POST', '/sections', { name: '匿名栏目' }],
    ['POST', '/photo-captions', { caption: '匿名图说' }],
    ['POST', '/users', { email: 'x@y.z', password: 'abcdefgh', name: 'x' }],
  ])('cannot write: %s %s', async (_method, path, body) => {
    const response = await api.post(path, { body })
    expect(response.status).toBe(403)
  })

  it('cannot update or delete a published article', async () => {
    expect((await api.patch(`/articles/${publishedId}`, { body: { headline: '篡改' } })).status).toBe(403)
    expect((await api.delete(`/articles/${publishedId}`)).status).toBe(403)
    expect((await t.payload.findByID({ collection: 'articles', id: publishedId })).headline).toBe('已发布稿件')
  })
})
