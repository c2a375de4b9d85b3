import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestPayload } from '../helpers/payload'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { createUser, testPassword } from '../helpers/users'

describe('bad input through REST: 400 with a message, nothing stored changes', () => {
  let t: TestPayload
  let api: RestClient
  let token: string
  let articleId: string
  let snapshot: () => Promise<unknown>

  beforeAll(async () => {
    t = await startPayload()
    api = restClient(t.config)
    const admin = await createUser(t.payload, 'admin')
    token = await tokenFor(t.payload, admin.email, testPassword)
    const article = await t.payload.create({
      collection: 'articles',
      data: { headline: '原稿', contributors: [{ role: 'reporter', name: '任晓萌' }], tags: ['党建'] },
      overrideAccess: true,
    })
    articleId = article.id
    snapshot = async () => {
      const [articles, sections, brands, captions] = await Promise.all(
        (['articles', 'sections', 'brands', 'photo-captions'] as const).map((collection) =>
          t.payload.find({ collection, draft: true, overrideAccess: true, depth: 0, limit: 0, sort: 'id' }),
        ),
      )
      return { articles: articles.docs, sections: sections.docs, brands: brands.docs, captions: captions.docs }
    }
  })
  afterAll(async () => {
    await t?.close()
  })

  const expect400 = async (response: { status: number; body: any }, pattern: RegExp) => {
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(pattern)
  }

  it('missing required fields', async () => {
    const before = await snapshot()
    await expect400(await api.post('/articles', { token, body: { kicker: '只有引题' } }), /headline|Headline/)
    await expect400(await api.post('/photo-captions', { token, body: { location: '青岛' } }), /caption|Caption/)
    await expect400(await api.post('/brands', { token, body: { kind: 'print' } }), /name|Name/)
    await expect400(await api.patch(`/articles/${articleId}`, { token, body: { headline: '' } }), /headline|Headline/)
    expect(await snapshot()).toEqual(before)
  })

  it('wrong types and values', async () => {
    const before = await snapshot()
    await expect400(await api.post('/brands', { token, body: { name: '坏品牌', kind: 'radio' } }), /kind|Kind/i)
    await expect400(await api.post('/brands', { token, body: { name: '坏品牌', reviewLevels: 7 } }), /review|Review/i)
    await expect400(
      await api.post('/brands', { token, body: { name: '坏品牌', siteUrl: 'javascript:alert(1)' } }),
      /URL/,
    )
    await expect400(
      await api.patch(`/articles/${articleId}`, {
        token,
        body: { contributors: [{ role: 'ghostwriter', name: 'X' }] },
      }),
      /role|Role/i,
    )
    await expect400(
      await api.patch(`/articles/${articleId}`, { token, body: { contributors: [{ role: 'reporter' }] } }),
      /name|Name/i,
    )
    await expect400(
      await api.post('/photo-captions', {
        token,
        body: { caption: '日期颠倒', eventDate: '2024-11-02', eventDateEnd: '2024-09-28' },
      }),
      /range|日期/,
    )
    expect(await snapshot()).toEqual(before)
  })

  it('unknown relation ids', async () => {
    const before = await snapshot()
    const ghost = '00000000-0000-4000-8000-000000000000'
    await expect400(
      await api.patch(`/articles/${articleId}`, { token, body: { sections: [ghost] } }),
      /section|Section/i,
    )
    await expect400(
      await api.post('/articles', { token, body: { headline: '幽灵品牌', brands: [ghost] } }),
      /brand|Brand/i,
    )
    expect(await snapshot()).toEqual(before)
  })

  it('a section cannot become its own ancestor', async () => {
    const parent = await t.payload.create({ collection: 'sections', data: { name: '政务' }, overrideAccess: true })
    const child = await t.payload.create({
      collection: 'sections',
      data: { name: '机关党建', parent: parent.id },
      overrideAccess: true,
    })
    const before = await snapshot()
    await expect400(await api.patch(`/sections/${parent.id}`, { token, body: { parent: child.id } }), /ancestor/)
    await expect400(await api.patch(`/sections/${parent.id}`, { token, body: { parent: parent.id } }), /ancestor/)
    expect(await snapshot()).toEqual(before)
  })

  it('malformed JSON', async () => {
    const before = await snapshot()
    const response = await api.post('/articles', {
      token,
      rawBody: '{"headline": "半截',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/[A-Za-z]{4,}/)
    expect(await snapshot()).toEqual(before)
  })
})
