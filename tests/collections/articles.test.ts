import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { renderByline } from '../../src/collections/Articles/renderByline'
import { startPayload, type TestPayload } from '../helpers/payload'

describe('byline rendering (pure)', () => {
  it('renders the fixture byline in newspaper style', () => {
    const contributors = [
      { role: 'reporter', name: '任晓萌' },
      { role: 'correspondent', name: '徐文琦' },
    ] as const
    expect(renderByline([...contributors], ['青岛日报', '观海新闻'])).toBe('青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦')
  })
  it('says 本报 without a brand, joins several reporters and leaves editors out', () => {
    expect(
      renderByline(
        [
          { role: 'reporter', name: '张 三' },
          { role: 'reporter', name: '李四' },
          { role: 'editor', name: '王编辑' },
          { role: 'photographer', name: '王建亮' },
        ],
        [],
      ),
    ).toBe('本报记者 张三 李四 摄影 王建亮')
  })
  it('is empty when nobody is credited', () => {
    expect(renderByline([], ['青岛日报'])).toBe('')
  })
})

describe('articles', () => {
  let t: TestPayload
  let brands: string[]
  beforeAll(async () => {
    t = await startPayload()
    const daily = await t.payload.create({
      collection: 'brands',
      data: { name: '青岛日报', kind: 'print', reviewLevels: 3 },
      overrideAccess: true,
    })
    const app = await t.payload.create({
      collection: 'brands',
      data: { name: '观海新闻', kind: 'digital', reviewLevels: 2 },
      overrideAccess: true,
    })
    brands = [daily.id, app.id]
  })
  afterAll(async () => {
    await t?.close()
  })

  it('stores the fixture byline exactly, from contributors and brands', async () => {
    const article = await t.payload.create({
      collection: 'articles',
      data: {
        headline: '奋力书写中国式现代化青岛实践的“机关答卷”',
        brands,
        contributors: [
          { role: 'reporter', name: '任晓萌' },
          { role: 'correspondent', name: '徐文琦' },
        ],
      },
      overrideAccess: true,
    })
    expect(article.byline).toBe('青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦')
  })

  it('ignores a byline sent by a client: it is always derived', async () => {
    const article = await t.payload.create({
      collection: 'articles',
      data: { headline: '署名测试', byline: '伪造署名', contributors: [{ role: 'reporter', name: '赵六' }] },
      overrideAccess: true,
    })
    expect(article.byline).toBe('本报记者 赵六')
  })

  it('derives a slug from the headline, keeps it when the headline changes, and never reuses one', async () => {
    const first = await t.payload.create({
      collection: 'articles',
      data: { headline: '青岛港 吞吐量 创新高!' },
      overrideAccess: true,
    })
    expect(first.slug).toBe('青岛港-吞吐量-创新高')
    const edited = await t.payload.update({
      collection: 'articles',
      id: first.id,
      data: { headline: '青岛港吞吐量再创新高' },
      draft: true,
      overrideAccess: true,
    })
    expect(edited.slug).toBe('青岛港-吞吐量-创新高')
    const second = await t.payload.create({
      collection: 'articles',
      data: { headline: '青岛港 吞吐量 创新高!' },
      overrideAccess: true,
    })
    expect(second.slug).toBe('青岛港-吞吐量-创新高-2')
  })

  it('rejects an explicit slug that another article already uses, and keeps both documents intact', async () => {
    const taken = await t.payload.create({
      collection: 'articles',
      data: { headline: 'A', slug: 'port-news' },
      overrideAccess: true,
    })
    const other = await t.payload.create({
      collection: 'articles',
      data: { headline: 'B', slug: 'other-news' },
      overrideAccess: true,
    })
    await expect(
      t.payload.update({
        collection: 'articles',
        id: other.id,
        data: { slug: 'port-news' },
        draft: true,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await t.payload.findByID({ collection: 'articles', id: other.id, draft: true })).slug).toBe('other-news')
    expect((await t.payload.findByID({ collection: 'articles', id: taken.id, draft: true })).slug).toBe('port-news')
  })

  it('normalises an explicit slug', async () => {
    const doc = await t.payload.create({
      collection: 'articles',
      data: { headline: 'C', slug: '  Qingdao Port / 2024  ' },
      overrideAccess: true,
    })
    expect(doc.slug).toBe('qingdao-port-2024')
  })
})
