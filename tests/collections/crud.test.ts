import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestPayload } from '../helpers/payload'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { createUser, testPassword } from '../helpers/users'
import { pngBytes } from '../helpers/images'
import { createPublishedArticle } from '../helpers/content'

describe('CRUD on every collection', () => {
  let t: TestPayload
  let api: RestClient
  let adminToken: string

  beforeAll(async () => {
    t = await startPayload()
    api = restClient(t.config)
    const admin = await createUser(t.payload, 'admin')
    adminToken = await tokenFor(t.payload, admin.email, testPassword)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('Local API: create, read, update and delete a brand, a section, an article, a photo caption and a user', async () => {
    const { payload } = t
    const brand = await payload.create({
      collection: 'brands',
      data: { name: '观海新闻', kind: 'digital', reviewLevels: 2 },
      overrideAccess: true,
    })
    const section = await payload.create({
      collection: 'sections',
      data: { name: '城事', brands: [brand.id] },
      overrideAccess: true,
    })
    const caption = await payload.create({
      collection: 'photo-captions',
      data: { caption: '■测试图说', _status: 'draft' },
      overrideAccess: true,
    })
    const article = await payload.create({
      collection: 'articles',
      data: {
        headline: '本地接口测试',
        brands: [brand.id],
        sections: [section.id],
        contributors: [{ role: 'reporter', name: '张三' }],
      },
      overrideAccess: true,
    })
    expect(article.byline).toBe('观海新闻记者 张三')

    const updated = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { subheadline: '副题' },
      draft: true,
      overrideAccess: true,
    })
    expect(updated.subheadline).toBe('副题')
    expect((await payload.findByID({ collection: 'sections', id: section.id, depth: 1 })).brands?.[0]).toMatchObject({
      name: '观海新闻',
    })

    for (const [collection, id] of [
      ['articles', article.id],
      ['photo-captions', caption.id],
      ['sections', section.id],
      ['brands', brand.id],
    ] as const) {
      await payload.delete({ collection, id, overrideAccess: true })
      await expect(payload.findByID({ collection, id, overrideAccess: true })).rejects.toMatchObject({ status: 404 })
    }

    const user = await createUser(payload, 'reporter')
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    expect(
      (await payload.find({ collection: 'users', where: { id: { equals: user.id } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('REST: an admin creates, reads, updates and deletes documents of every collection', async () => {
    const token = adminToken
    const brand = await api.post('/brands', { token, body: { name: '青岛日报', kind: 'print', reviewLevels: 3 } })
    expect(brand.status).toBe(201)
    const brandId = brand.body.doc.id

    const section = await api.post('/sections', { token, body: { name: '要闻', brands: [brandId] } })
    expect(section.status).toBe(201)

    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await pngBytes(1200, 800))], { type: 'image/png' }), 'rest.png')
    form.append('_payload', JSON.stringify({ alt: '测试图片' }))
    const media = await api.post('/media', { token, rawBody: form })
    expect(media.status).toBe(201)

    const caption = await api.post('/photo-captions?draft=true', {
      token,
      body: { caption: '2024年3月28日，动员大会召开。', image: media.body.doc.id },
    })
    expect(caption.status).toBe(201)

    const article = await api.post('/articles?draft=true', {
      token,
      body: {
        headline: 'REST 稿件',
        brands: [brandId],
        sections: [section.body.doc.id],
        contributors: [{ role: 'reporter', name: '李四' }],
      },
    })
    expect(article.status).toBe(201)
    expect(article.body.doc.byline).toBe('青岛日报记者 李四')

    const patched = await api.patch(`/articles/${article.body.doc.id}?draft=true`, { token, body: { kicker: '引题' } })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.kicker).toBe('引题')

    const reporter = await api.post('/users', {
      token,
      body: { email: 'new-reporter@test.local', password: testPassword, name: '新记者', role: 'reporter' },
    })
    expect(reporter.status).toBe(201)

    for (const [collection, id] of [
      ['articles', article.body.doc.id],
      ['photo-captions', caption.body.doc.id],
      ['media', media.body.doc.id],
      ['sections', section.body.doc.id],
      ['brands', brandId],
      ['users', reporter.body.doc.id],
    ]) {
      expect((await api.get(`/${collection}/${id}?draft=true`, { token })).status).toBe(200)
      if (collection === 'articles' || collection === 'photo-captions') {
        // Content goes to the trash first; only what is in the trash can be deleted for good.
        expect(
          (await api.patch(`/${collection}/${id}`, { token, body: { deletedAt: new Date().toISOString() } })).status,
        ).toBe(200)
        expect((await api.get(`/${collection}/${id}?draft=true`, { token })).status).toBe(404)
        expect((await api.get(`/${collection}/${id}?draft=true&trash=true`, { token })).status).toBe(200)
        expect((await api.delete(`/${collection}/${id}?trash=true`, { token })).status).toBe(200)
        expect((await api.get(`/${collection}/${id}?draft=true&trash=true`, { token })).status).toBe(404)
        continue
      }
      expect((await api.delete(`/${collection}/${id}`, { token })).status).toBe(200)
      expect((await api.get(`/${collection}/${id}?draft=true`, { token })).status).toBe(404)
    }
  })

  it('GraphQL: queries published articles with their byline', async () => {
    await createPublishedArticle(t.payload, {
      headline: 'GraphQL 稿件',
      contributors: [{ role: 'reporter', name: '王五' }],
    })
    const result = await api.graphql('{ Articles(limit: 10) { docs { headline byline slug _status } totalDocs } }')
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Articles.docs).toContainEqual({
      headline: 'GraphQL 稿件',
      byline: '本报记者 王五',
      slug: 'graphql-稿件',
      _status: 'published',
    })
  })
})
