import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { openSearchIndex, type SearchIndexStore } from '../../src/dbSearchIndex'
import { publishedScope } from '../../src/delivery/content/scope'
import { ArticleSearch } from '../../src/delivery/search/service'
import { workflowContext } from '../../src/workflow/context'
import {
  bySlug,
  createPhotoCaption,
  lexicalBody,
  publishArticle,
  republishArticle,
  startDelivery,
  withdraw,
  type Delivery,
} from './harness'

interface Results {
  items: { id: string; headline: string }[]
  nextCursor: string | null
}

describe('search over the whole archive, in the database’s own full-text index', () => {
  let d: Delivery
  // A second handle on the same index, as another instance (or an operator) would have.
  let store: SearchIndexStore
  let place: { brands: string[]; sections: string[] }

  const search = async (q: string): Promise<Results> => {
    const { status, body } = await d.json<Results>(`/search?q=${encodeURIComponent(q)}`)
    expect({ q, status }).toEqual({ q, status: 200 })
    return body
  }
  const found = async (q: string): Promise<string[]> => (await search(q)).items.map((item) => item.id)
  const indexed = async (id: string): Promise<boolean> => (await store.versions()).has(id)

  beforeAll(async () => {
    d = await startDelivery()
    store = openSearchIndex(d.payload)
    place = {
      brands: [await bySlug(d.payload, 'brands', 'guanhai-news')],
      sections: [await bySlug(d.payload, 'sections', 'jingji')],
    }
  })
  afterAll(async () => {
    await store?.close()
    await d?.close()
  })

  it('holds every published story at start, with no cap: the oldest of 6,000 indexed stories is found', async () => {
    const old = await publishArticle(d.payload, {
      headline: '二〇〇一年的档案稿件',
      body: lexicalBody({ paragraph: '鳌山卫老城墙修缮记' }),
      publishedAt: '2001-05-01T08:00:00.000Z',
      ...place,
    })
    // 6,000 newer entries (the old in-process index kept the 5,000 newest stories only).
    const newer = Array.from({ length: 6_000 }, (_, index) => ({
      id: randomUUID(),
      updatedAt: new Date().toISOString(),
      captionIds: [],
      headline: ['新闻', `稿件${index}`],
      lead: [],
      body: ['城市', '建设'],
    }))
    await store.upsert(newer)
    expect((await store.stats()).documents).toBeGreaterThan(6_000)
    expect(await found('鳌山卫')).toEqual([old.id])
    await store.remove(newer.map((entry) => entry.id))
  })

  it('follows publish, update, withdrawal and delete, and never serves a withdrawn story', async () => {
    const story = await publishArticle(d.payload, {
      headline: '崂山茶园春茶开采',
      body: lexicalBody({ paragraph: '茶农忙着采摘头茬春茶' }),
      ...place,
    })
    expect(await found('崂山茶园')).toEqual([story.id])

    await republishArticle(d.payload, story.id, { headline: '胶州湾大桥夜景灯光秀' })
    expect(await found('胶州湾大桥')).toEqual([story.id])
    expect(await found('崂山茶园')).toEqual([])

    await withdraw(d.payload, 'articles', story.id)
    expect(await found('胶州湾大桥')).toEqual([])
    expect(await indexed(story.id)).toBe(false)

    const other = await publishArticle(d.payload, { headline: '即墨古城花灯会', ...place })
    expect(await found('即墨古城')).toEqual([other.id])
    await d.payload.delete({ collection: 'articles', id: other.id, overrideAccess: true })
    expect(await found('即墨古城')).toEqual([])
    expect(await indexed(other.id)).toBe(false)
  })

  it('re-indexes the stories that embed a photo-caption item when its caption changes', async () => {
    const item = await createPhotoCaption(d.payload, 'published', { caption: '■栈桥海鸥翔集' })
    const story = await publishArticle(d.payload, {
      headline: '冬日海滨',
      body: lexicalBody({ paragraph: '游客观海' }, { photoCaption: item.id }),
      ...place,
    })
    expect(await found('海鸥翔集')).toEqual([story.id])
    await d.payload.update({
      collection: 'photo-captions',
      id: item.id,
      data: { caption: '■小青岛灯塔晨曦', _status: 'published' },
      draft: false,
      overrideAccess: true,
      context: workflowContext('system'),
    })
    expect(await found('灯塔晨曦')).toEqual([story.id])
    expect(await found('海鸥翔集')).toEqual([])
  })

  it('serves a stale entry no one could remove as nothing: hits are re-read through the published scope', async () => {
    const story = await publishArticle(d.payload, { headline: '台东步行街夜市', ...place })
    expect(await found('台东步行街')).toEqual([story.id])
    expect(await indexed(story.id)).toBe(true)
    // Withdrawn behind the index's back (a change no instance heard): the entry stays, the story must not show.
    await d.payload.db.updateOne({
      collection: 'articles',
      where: { id: { equals: story.id } },
      data: { _status: 'draft' },
    })
    expect(await indexed(story.id)).toBe(true)
    // Another query: the response cache, which heard no change either, would still hold the first one.
    expect(await found('步行街夜市')).toEqual([])
  })

  it('rebuilds an empty index at start, and drops entries of stories that are gone', async () => {
    const ghost = randomUUID()
    await store.clear()
    await store.upsert([
      { id: ghost, updatedAt: new Date().toISOString(), captionIds: [], headline: ['幽灵'], lead: [], body: [] },
    ])
    expect((await store.stats()).documents).toBe(1)
    const fresh = new ArticleSearch(publishedScope(d.payload), { maxBodyChars: 20_000 })
    await fresh.start()
    expect(await indexed(ghost)).toBe(false)
    const published = await d.payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
    expect((await store.stats()).documents).toBe(published.totalDocs)
    const page = await fresh.search('机关党建', { offset: 0, limit: 10 })
    expect(page.hits.length).toBeGreaterThan(0)
    await fresh.close()
    expect((await search('机关党建')).items.length).toBeGreaterThan(0)
  })

  it('answers hostile queries with 400 or a safe result, never an error', async () => {
    const queries = [
      '"',
      '""',
      '*',
      '党*',
      'NEAR(党建 清廉)',
      'NEAR("a" "b", 2)',
      '党建 OR 清廉',
      'a OR',
      'AND',
      'NOT 党建',
      '-党建',
      '^党建',
      'headline:党建',
      '{headline body}: 党建',
      "'; DROP TABLE articles; --",
      "' OR '1'='1",
      '党建"',
      '(党建',
      ')',
      '\\',
      '%_%',
      '\u0301\u0301',
      '🙂',
      'a\u0000b',
    ]
    for (const q of queries) {
      const response = await d.get(`/search?q=${encodeURIComponent(q)}`)
      expect({ q, ok: [200, 400].includes(response.status) }).toEqual({ q, ok: true })
    }
    for (const q of ['', '   ', 'x'.repeat(10_000)]) {
      expect({ q: q.slice(0, 10), status: (await d.get(`/search?q=${encodeURIComponent(q)}`)).status }).toEqual({
        q: q.slice(0, 10),
        status: 400,
      })
    }
    // 10,000 Han characters are 90 KB of URL: Node refuses the request line itself (431), before any route runs.
    expect([400, 431]).toContain((await d.get(`/search?q=${encodeURIComponent('党'.repeat(10_000))}`)).status)
    // The articles table is still there and still answers.
    expect((await search('机关党建')).items.length).toBeGreaterThan(0)
  })
})
