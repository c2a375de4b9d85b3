import { beforeAll, describe, expect, it } from '@jest/globals'

import { useAdminRest } from '../helpers/adminRest'

const huge = 'x'.repeat(10 * 1024 * 1024)
const numbers = ['1e309', 'NaN', '-1', 'Infinity', '-Infinity', '1.5', 'abc', '0x10', huge]

/** Query strings that are not what the parameter expects; each must be a 400 that names the parameter. */
const badQueries: Array<[string, RegExp]> = [
  ...numbers.map((value): [string, RegExp] => [`page=${encodeURIComponent(value)}`, /page/]),
  ...numbers.map((value): [string, RegExp] => [`limit=${encodeURIComponent(value)}`, /limit/]),
  ...numbers.map((value): [string, RegExp] => [`depth=${encodeURIComponent(value)}`, /depth/]),
  ['page=0', /page/],
  ['depth=11', /depth/],
  [`sort=${huge}`, /sort/],
  ['sort=headline;drop table articles', /sort/],
  ['sort=-', /sort/],
  ['where[createdAt][greater_than]=1e309', /createdAt/],
  ['where[createdAt][equals]=not-a-date', /createdAt/],
  ['where[updatedAt][less_than]=NaN', /updatedAt/],
  ['where[id][equals]=1e309', /id/],
  ['where[id][in]=NaN,Infinity', /id/],
  [`where[id][equals]=${huge}`, /id/],
  ['where[createdAt][bogus_operator]=1', /bogus_operator/],
  ['where={"createdAt":', /where/],
  ['where[nonexistentField][equals]=1', /nonexistentField/],
  ['where[createdAt]=2024-01-01', /operator/],
  [`where[or][0][createdAt][equals]=${huge}`, /createdAt|too long/],
]

describe('bad query parameters on Payload REST: 400 with a message, never 5xx', () => {
  const rest = useAdminRest()
  let publicCollections: string[]
  let allCollections: string[]

  beforeAll(async () => {
    // Our collections; Payload's own (payload-jobs, payload-kv, …) refuse every REST read before looking at the query.
    allCollections = rest.t.config.collections
      .map((collection) => collection.slug)
      .filter((slug) => !slug.startsWith('payload-'))
    publicCollections = []
    for (const slug of allCollections) {
      const answer = await rest.api.get(`/${slug}?limit=1`)
      if (answer.status === 200) publicCollections.push(slug)
    }
  })

  it('finds the public collections to walk', () => {
    expect(publicCollections).toEqual(
      expect.arrayContaining(['articles', 'photo-captions', 'media', 'sections', 'brands']),
    )
  })

  it('still answers well-formed queries, so the guard refuses only what is wrong', async () => {
    const brand = await rest.t.payload.create({
      collection: 'brands',
      data: { name: '青岛日报', kind: 'print', reviewLevels: 1 },
      overrideAccess: true,
    })
    const good = [
      'page=1&limit=5&depth=2',
      'limit=0',
      'sort=-createdAt,id',
      'where[createdAt][less_than]=2030-01-01T00:00:00.000Z',
      `where[id][in]=${brand.id}`,
      `where[or][0][id][equals]=${brand.id}&where[or][1][name][like]=日报`,
      `where=${encodeURIComponent(JSON.stringify({ name: { equals: '青岛日报' } }))}`,
      'where[name][exists]=true',
    ]
    for (const query of good) {
      const answer = await rest.api.get(`/brands?${query}`, { token: rest.token })
      expect([query, answer.status]).toEqual([query, 200])
    }
    const { body } = await rest.api.get(`/brands?where[id][equals]=${brand.id}`)
    expect(body.docs.map((doc: { id: string }) => doc.id)).toEqual([brand.id])
  })

  it('checks versions, single documents and relation values too', async () => {
    const article = await rest.t.payload.create({
      collection: 'articles',
      data: { headline: '版本' },
      overrideAccess: true,
      draft: true,
    })
    const cases: Array<[string, RegExp]> = [
      ['/articles/versions?where[version.publishedAt][equals]=not-a-date', /version\.publishedAt/],
      ['/articles/versions?where[parent][equals]=Infinity', /parent/],
      [`/articles/${article.id}?depth=1e309`, /depth/],
      ['/articles?where[brands][in]=not-an-id', /brands/],
      ['/articles?where[cover][equals]=NaN', /cover/],
      ['/articles?where[reviewLevel][greater_than]=Infinity', /reviewLevel/],
      ['/articles?where[printEdition.date][equals]=1e309', /printEdition\.date/],
    ]
    for (const [path, names] of cases) {
      const answer = await rest.api.get(path, { token: rest.token })
      expect([path, answer.status, names.test(JSON.stringify(answer.body))]).toEqual([path, 400, true])
    }
    const versions = await rest.api.get(`/articles/versions?where[parent][equals]=${article.id}`, { token: rest.token })
    expect(versions.status).toBe(200)
    expect(versions.body.totalDocs).toBeGreaterThan(0)
  })

  it('answers in Chinese unless the client asks for English', async () => {
    const zh = await rest.api.get('/articles?page=-1', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } })
    expect(zh.status).toBe(400)
    expect(zh.body.errors[0].message).toMatch(/page 必须是整数/)
    const en = await rest.api.get('/articles?page=-1')
    expect(en.body.errors[0].message).toMatch(/page must be a whole number/)
  })

  it('answers every bad parameter with 400 on every public collection, anonymously and as admin', async () => {
    const wrong: string[] = []
    for (const slug of allCollections) {
      for (const [query, names] of badQueries) {
        for (const auth of publicCollections.includes(slug) ? [undefined, rest.token] : [rest.token]) {
          const answer = await rest.api.get(`/${slug}?${query}`, { token: auth })
          const message = JSON.stringify(answer.body).slice(0, 300)
          if (answer.status !== 400 || !names.test(message))
            wrong.push(`${slug} ${auth ? 'admin' : 'anonymous'} ?${query.slice(0, 60)} → ${answer.status} ${message}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
