import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Article, PhotoCaption } from '../../src/payload-types'
import { seed } from '../../src/seed'
import { demoUsers } from '../../src/seed/demoUsers'
import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import { startPayload, type TestPayload } from '../helpers/payload'

type Node = {
  type: string
  children?: Node[]
  text?: string
  fields?: { blockType: string; text?: string; item?: PhotoCaption }
}

const collections = ['users', 'brands', 'sections', 'media', 'photo-captions', 'articles'] as const

describe('seed', () => {
  let t: TestPayload
  let first: Awaited<ReturnType<typeof seed>>

  beforeAll(async () => {
    process.env.SEED_DEMO_PASSWORD = 'demo-password-for-tests'
    t = await startPayload()
    first = await seed(t.payload)
  })
  afterAll(async () => {
    await t?.close()
  })

  const state = async () =>
    Object.fromEntries(
      await Promise.all(
        collections.map(async (collection) => {
          const { docs } = await t.payload.find({
            collection,
            draft: true,
            overrideAccess: true,
            depth: 0,
            limit: 0,
            sort: 'id',
          })
          return [collection, docs.map((doc) => ({ id: doc.id, updatedAt: doc.updatedAt }))]
        }),
      ),
    )

  it('creates the demo newsroom, and a second run changes nothing', async () => {
    expect(first.created).toBeGreaterThan(20)
    expect(first.demoPassword).toBe('demo-password-for-tests')
    const before = await state()
    const second = await seed(t.payload)
    expect(second).toEqual({ created: 0, demoPassword: null })
    expect(await state()).toEqual(before)
  })

  it('gives every demo user the documented address and the SEED_DEMO_PASSWORD', async () => {
    for (const user of demoUsers) {
      const login = await t.payload.login({
        collection: 'users',
        data: { email: user.email, password: 'demo-password-for-tests' },
      })
      expect(login.user).toMatchObject({ email: user.email, role: user.role })
    }
  })

  it('sets up both brands with their review levels and the section tree', async () => {
    const brands = await t.payload.find({ collection: 'brands', sort: 'name', overrideAccess: true })
    expect(brands.docs.map(({ name, kind, reviewLevels }) => ({ name, kind, reviewLevels }))).toEqual([
      { name: '观海新闻', kind: 'digital', reviewLevels: 2 },
      { name: '青岛日报', kind: 'print', reviewLevels: 3 },
    ])
    const section = (
      await t.payload.find({ collection: 'sections', where: { slug: { equals: 'jiguan-dangjian' } }, depth: 1 })
    ).docs[0]
    expect(section).toMatchObject({ name: '机关党建', parent: { name: '政务' } })
  })

  it('publishes the fixture story with its structure intact', async () => {
    const fixture = await readFile(path.resolve('src/seed/fixtures/qingdao-daily-2024-jiguan-dangjian.txt'), 'utf8')
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { slug: { equals: fixtureStorySlug } },
      depth: 2,
    })
    const article = docs[0] as Article
    expect(article).toMatchObject({
      _status: 'published',
      headline: '奋力书写中国式现代化青岛实践的“机关答卷”',
      subheadline: '2024年青岛市机关党建工作综述',
      byline: '青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦',
      contributors: [
        { role: 'reporter', name: '任晓萌' },
        { role: 'correspondent', name: '徐文琦' },
      ],
    })
    const nodes = (article.body?.root.children ?? []) as unknown as Node[]
    const intertitles = nodes.filter((node) => node.fields?.blockType === 'intertitle').map((node) => node.fields?.text)
    expect(intertitles).toEqual([
      '举旗铸魂、扛牢责任，答好“政治忠诚卷”',
      '围绕中心、服务大局，答好“融合创新卷”',
      '强基固本、蓄势赋能，答好“全面过硬卷”',
      '严明纪律、强化作风，答好“政廉风清卷”',
      '凝聚力、激发活力，答好“担当作为卷”',
    ])
    const captions = nodes
      .filter((node) => node.fields?.blockType === 'photoCaption')
      .map((node) => node.fields?.item as PhotoCaption)
    expect(captions).toHaveLength(13)
    expect(captions.every((caption) => caption._status === 'published' && typeof caption.image === 'object')).toBe(true)
    expect(captions[0].caption.startsWith('2024年3月28日，全市“党建引领打头阵')).toBe(true)
    expect(captions[8]).toMatchObject({ caption: expect.stringMatching(/^2024年9月28日至11月2日/) })
    expect(captions[8].eventDate?.slice(0, 10)).toBe('2024-09-28')
    expect(captions[8].eventDateEnd?.slice(0, 10)).toBe('2024-11-02')

    // Every paragraph of the fixture, in order, and every caption at its place.
    const sourceBlocks = fixture
      .split(/\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(3)
    const stored = nodes.map((node) =>
      node.type === 'paragraph'
        ? (node.children ?? []).map((child) => child.text).join('')
        : node.fields?.blockType === 'intertitle'
          ? node.fields.text
          : `■${(node.fields?.item as PhotoCaption).caption}`,
    )
    expect(stored).toEqual(sourceBlocks)
  })
})
