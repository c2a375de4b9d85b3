import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Parser from 'rss-parser'

import { subscribeDeliveryChanges, type DeliveryChange } from '../../src/delivery/invalidation'
import { createDeliveryRouter } from '../../src/delivery/router'
import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import {
  bySlug,
  lexicalBody,
  publishArticle,
  republishArticle,
  saveDraftRevision,
  startDelivery,
  withdraw,
  type Delivery,
} from './harness'

const headlines = (body: { items: { headline: string }[] }) => body.items.map((item) => item.headline)

describe('HTTP caching, in-process invalidation and cursor stability', () => {
  let d: Delivery
  let place: { brands: string[]; sections: string[] }

  beforeAll(async () => {
    d = await startDelivery()
    place = {
      brands: [await bySlug(d.payload, 'brands', 'guanhai-news')],
      sections: [await bySlug(d.payload, 'sections', 'jingji')],
    }
  })
  afterAll(async () => {
    await d?.close()
  })

  it('sends a strong ETag, a short public Cache-Control and the cache tags, and answers 304 to If-None-Match', async () => {
    const first = await d.get(`/articles/${fixtureStorySlug}`)
    const body = await first.json()
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=30, stale-while-revalidate=60')
    const keys = (first.headers.get('surrogate-key') as string).split(' ')
    expect(keys).toEqual(
      expect.arrayContaining([
        `article:${body.id}`,
        `brand:${body.brands[0].id}`,
        `brand:${body.brands[1].id}`,
        `section:${body.sections[0].id}`,
      ]),
    )
    expect(first.headers.get('cache-tag')).toBe(keys.join(','))

    const again = await d.get(`/articles/${fixtureStorySlug}`, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect((await d.get(`/articles/${fixtureStorySlug}`, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304)
    expect((await d.get(`/articles/${fixtureStorySlug}`, { 'If-None-Match': '"stale"' })).status).toBe(200)
    // Each representation has its own validator; lists and feeds have them too.
    const ninjs = await d.get(`/articles/${fixtureStorySlug}?format=ninjs`)
    expect(ninjs.headers.get('etag')).not.toBe(etag)
    for (const path of [
      '/articles',
      '/brands/qingdao-daily/feed.rss',
      '/sections',
      `/search?q=${encodeURIComponent('党建')}`,
    ]) {
      const response = await d.get(path)
      expect((await d.get(path, { 'If-None-Match': response.headers.get('etag') as string })).status).toBe(304)
    }
    const head = await fetch(`${d.base}/articles/${fixtureStorySlug}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
  })

  it('never serves a story after it is withdrawn: article, formats, lists, feeds and search forget it at once', async () => {
    const story = await publishArticle(d.payload, {
      headline: '即将撤回的经济新闻',
      summary: '撤稿测试',
      body: lexicalBody({ paragraph: '撤稿测试正文' }),
      ...place,
    })
    const paths = [
      `/articles/${story.slug}`,
      `/articles/${story.id}?format=ninjs`,
      `/articles/${story.slug}?format=jsonld`,
      '/articles',
      '/brands/guanhai-news/articles',
      '/sections/jingji/articles',
      '/brands/guanhai-news/feed.rss',
      '/sections/jingji/feed.atom',
      `/search?q=${encodeURIComponent('撤回的经济')}`,
    ]
    // The publish's own change must have settled, or the cache rightly declines to store what it computes meanwhile
    // (a loaded machine finished the commit's listeners after the first reads: 8 entries, not 9).
    const until = Date.now() + 10_000
    while (d.router.delivery.responses.stats().changesInFlight > 0 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 10))
    const before = await Promise.all(paths.map(async (path) => [path, await (await d.get(path)).text()] as const))
    for (const [path, text] of before)
      expect({ path, found: text.includes('即将撤回的经济新闻') }).toEqual({ path, found: true })
    const entries = d.router.delivery.responses.stats().entries
    expect(entries).toBeGreaterThan(paths.length - 1)

    await withdraw(d.payload, 'articles', story.id)

    for (const path of paths.slice(0, 3))
      expect({ path, status: (await d.get(path)).status }).toEqual({ path, status: 404 })
    for (const path of paths.slice(3)) {
      const response = await d.get(path)
      expect({ path, status: response.status, found: (await response.text()).includes('即将撤回的经济新闻') }).toEqual({
        path,
        status: 200,
        found: false,
      })
    }
  })

  it('shows a signed-off revision at once, but not a draft revision (which also leaves the cache alone)', async () => {
    const story = await publishArticle(d.payload, {
      headline: '初版标题',
      body: lexicalBody({ paragraph: '初版正文' }),
      ...place,
    })
    const first = await d.get(`/articles/${story.slug}`)
    const etag = first.headers.get('etag')
    await d.get('/articles')

    const entries = d.router.delivery.responses.stats().entries
    await saveDraftRevision(d.payload, story.id, { headline: '尚未签发的标题' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(d.router.delivery.responses.stats().entries).toBe(entries)
    const unchanged = await d.get(`/articles/${story.slug}`, { 'If-None-Match': etag as string })
    expect(unchanged.status).toBe(304)

    await republishArticle(d.payload, story.id, { headline: '签发后的标题' })
    const changed = await d.json(`/articles/${story.slug}`, { 'If-None-Match': etag as string })
    expect(changed.status).toBe(200)
    expect(changed.body.headline).toBe('签发后的标题')
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(headlines((await d.json('/articles')).body)).toContain('签发后的标题')
  })

  it('puts a newly published story on top of cached lists and feeds right away', async () => {
    await d.get('/sections/jingji/articles')
    await d.get('/brands/guanhai-news/feed.atom')
    await publishArticle(d.payload, { headline: '刚刚发布的快讯', body: lexicalBody({ paragraph: '快讯' }), ...place })
    expect(headlines((await d.json('/sections/jingji/articles')).body)[0]).toBe('刚刚发布的快讯')
    const feed = await new Parser().parseString(await (await d.get('/brands/guanhai-news/feed.atom')).text())
    expect(feed.items[0].title).toBe('刚刚发布的快讯')
  })

  it('re-renders articles when an embedded photo-caption item or a section changes', async () => {
    const { body: before } = await d.json(`/articles/${fixtureStorySlug}`)
    const item = before.photoCaptions[0]
    await d.payload.update({
      collection: 'photo-captions',
      id: item.id,
      data: { caption: '更新后的图片说明' },
      draft: false,
      overrideAccess: true,
      context: { workflowWrite: { reason: 'system' } },
    })
    const { body: after } = await d.json(`/articles/${fixtureStorySlug}`)
    expect(after.photoCaptions[0].caption).toBe('更新后的图片说明')
    expect(after.body.html).toContain('更新后的图片说明')

    const sectionId = before.sections[0].id
    await d.payload.update({
      collection: 'sections',
      id: sectionId,
      data: { name: '机关党建专栏' },
      overrideAccess: true,
    })
    expect((await d.json(`/articles/${fixtureStorySlug}`)).body.sections[0].name).toBe('机关党建专栏')
    expect((await d.json('/sections/jiguan-dangjian')).body.name).toBe('机关党建专栏')
  })

  it('announces reader-visible changes to subscribers after the commit, and only those (the hook webhooks will use)', async () => {
    const events: DeliveryChange[] = []
    const stop = subscribeDeliveryChanges({ committed: (change) => void events.push(change) })
    try {
      const story = await publishArticle(d.payload, { headline: '事件测试', ...place })
      await saveDraftRevision(d.payload, story.id, { headline: '事件测试修订' })
      await republishArticle(d.payload, story.id, { headline: '事件测试签发' })
      await withdraw(d.payload, 'articles', story.id)
      // Already gone for readers: deleting it changes nothing they see.
      await d.payload.delete({ collection: 'articles', id: story.id, overrideAccess: true })
      const other = await publishArticle(d.payload, { headline: '事件测试删除', ...place })
      await d.payload.delete({ collection: 'articles', id: other.id, overrideAccess: true })
      const until = Date.now() + 2_000
      while (events.length < 5 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10))
      expect(
        events.map(({ collection, id, operation, live, tags }) => ({ collection, id, operation, live, tags })),
      ).toEqual([
        {
          collection: 'articles',
          id: story.id,
          operation: 'create',
          live: true,
          tags: [`article:${story.id}`, 'lists'],
        },
        {
          collection: 'articles',
          id: story.id,
          operation: 'update',
          live: true,
          tags: [`article:${story.id}`, 'lists'],
        },
        {
          collection: 'articles',
          id: story.id,
          operation: 'update',
          live: false,
          tags: [`article:${story.id}`, 'lists'],
        },
        {
          collection: 'articles',
          id: other.id,
          operation: 'create',
          live: true,
          tags: [`article:${other.id}`, 'lists'],
        },
        {
          collection: 'articles',
          id: other.id,
          operation: 'delete',
          live: false,
          tags: [`article:${other.id}`, 'lists'],
        },
      ])
    } finally {
      stop()
    }
  })

  it('pages with a cursor that stays stable while new stories are published, ties broken by id', async () => {
    const tag = '游标测试'
    const publishedAt = '2020-06-01T08:00:00.000Z'
    const created = []
    for (let index = 0; index < 5; index++) {
      // Three share one publication time: the id decides their order.
      created.push(
        await publishArticle(d.payload, {
          headline: `游标稿件${index}`,
          tags: [tag],
          publishedAt: index < 3 ? publishedAt : `2020-06-0${index}T08:00:00.000Z`,
          ...place,
        }),
      )
    }
    const path = `/tags/${encodeURIComponent(tag)}/articles`
    const expected = [...created]
      .sort(
        (a, b) => Date.parse(b.publishedAt as string) - Date.parse(a.publishedAt as string) || (a.id < b.id ? 1 : -1),
      )
      .map((article) => article.headline)

    const page1 = await d.json(`${path}?limit=2`)
    expect(headlines(page1.body)).toEqual(expected.slice(0, 2))
    expect(page1.body.nextCursor).toEqual(expect.any(String))
    expect(page1.body.links.next).toContain(`cursor=${page1.body.nextCursor}`)

    await publishArticle(d.payload, { headline: '翻页期间新发布', tags: [tag], ...place })

    const page2 = await d.json(`${path}?limit=2&cursor=${page1.body.nextCursor}`)
    expect(headlines(page2.body)).toEqual(expected.slice(2, 4))
    const page3 = await d.json(`${path}?limit=2&cursor=${page2.body.nextCursor}`)
    expect(headlines(page3.body)).toEqual(expected.slice(4))
    expect(page3.body.nextCursor).toBeNull()
    expect(headlines((await d.json(`${path}?limit=2`)).body)[0]).toBe('翻页期间新发布')
  })

  it('limits the request rate when DELIVERY_RATE_LIMIT is set, with a JSON 429', async () => {
    const express = (await import('express')).default
    const router = createDeliveryRouter(d.payload, { rateLimitPerMinute: 3 })
    const app = express().use('/content/v1', router)
    const server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/content/v1`
    try {
      const statuses = []
      for (let index = 0; index < 4; index++) statuses.push((await fetch(`${base}/brands`)).status)
      expect(statuses).toEqual([200, 200, 200, 429])
      const limited = await fetch(`${base}/brands`)
      expect(await limited.json()).toEqual({ error: { status: 429, message: expect.any(String) } })
      expect(limited.headers.get('ratelimit-policy')).toContain('3')
    } finally {
      router.delivery.close()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
