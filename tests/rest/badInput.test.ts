import { beforeAll, describe, expect, it } from '@jest/globals'

import { useAdminRest } from '../helpers/adminRest'

describe('bad input through REST: 400 with a message, nothing stored changes', () => {
  const rest = useAdminRest()
  let articleId: string
  let snapshot: () => Promise<unknown>

  beforeAll(async () => {
    const article = await rest.t.payload.create({
      collection: 'articles',
      data: { headline: '原稿', contributors: [{ role: 'reporter', name: '任晓萌' }], tags: ['党建'] },
      overrideAccess: true,
    })
    articleId = article.id
    snapshot = async () => {
      const [articles, sections, brands, captions] = await Promise.all(
        (['articles', 'sections', 'brands', 'photo-captions'] as const).map((collection) =>
          rest.t.payload.find({ collection, draft: true, overrideAccess: true, depth: 0, limit: 0, sort: 'id' }),
        ),
      )
      return { articles: articles.docs, sections: sections.docs, brands: brands.docs, captions: captions.docs }
    }
  })

  const expect400 = async (response: { status: number; body: any }, pattern: RegExp) => {
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(pattern)
  }

  it('missing required fields', async () => {
    const before = await snapshot()
    await expect400(
      await rest.api.post('/articles', { token: rest.token, body: { kicker: '只有引题' } }),
      /headline|Headline/,
    )
    await expect400(
      await rest.api.post('/photo-captions', { token: rest.token, body: { location: '青岛' } }),
      /caption|Caption/,
    )
    await expect400(await rest.api.post('/brands', { token: rest.token, body: { kind: 'print' } }), /name|Name/)
    await expect400(
      await rest.api.patch(`/articles/${articleId}`, { token: rest.token, body: { headline: '' } }),
      /headline|Headline/,
    )
    expect(await snapshot()).toEqual(before)
  })

  it('wrong types and values', async () => {
    const before = await snapshot()
    await expect400(
      await rest.api.post('/brands', { token: rest.token, body: { name: '坏品牌', kind: 'radio' } }),
      /kind|Kind/i,
    )
    await expect400(
      await rest.api.post('/brands', { token: rest.token, body: { name: '坏品牌', reviewLevels: 7 } }),
      /review|Review/i,
    )
    await expect400(
      await rest.api.post('/brands', { token: rest.token, body: { name: '坏品牌', siteUrl: 'javascript:alert(1)' } }),
      /URL/,
    )
    await expect400(
      await rest.api.patch(`/articles/${articleId}`, {
        token: rest.token,
        body: { contributors: [{ role: 'ghostwriter', name: 'X' }] },
      }),
      /role|Role/i,
    )
    await expect400(
      await rest.api.patch(`/articles/${articleId}`, {
        token: rest.token,
        body: { contributors: [{ role: 'reporter' }] },
      }),
      /name|Name/i,
    )
    await expect400(
      await rest.api.post('/photo-captions', {
        token: rest.token,
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
      await rest.api.patch(`/articles/${articleId}`, { token: rest.token, body: { sections: [ghost] } }),
      /section|Section/i,
    )
    await expect400(
      await rest.api.post('/articles', { token: rest.token, body: { headline: '幽灵品牌', brands: [ghost] } }),
      /brand|Brand/i,
    )
    expect(await snapshot()).toEqual(before)
  })

  it('a section cannot become its own ancestor', async () => {
    const parent = await rest.t.payload.create({ collection: 'sections', data: { name: '政务' }, overrideAccess: true })
    const child = await rest.t.payload.create({
      collection: 'sections',
      data: { name: '机关党建', parent: parent.id },
      overrideAccess: true,
    })
    const before = await snapshot()
    await expect400(
      await rest.api.patch(`/sections/${parent.id}`, { token: rest.token, body: { parent: child.id } }),
      /ancestor/,
    )
    await expect400(
      await rest.api.patch(`/sections/${parent.id}`, { token: rest.token, body: { parent: parent.id } }),
      /ancestor/,
    )
    expect(await snapshot()).toEqual(before)
  })

  it('malformed JSON', async () => {
    const before = await snapshot()
    const response = await rest.api.post('/articles', {
      token: rest.token,
      rawBody: '{"headline": "半截',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/[A-Za-z]{4,}/)
    expect(await snapshot()).toEqual(before)
  })
})
