import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Parser from 'rss-parser'

import { fixtureStoryPath, fixtureStorySlug } from '../../src/seed/fixtureStory'
import { startDelivery, type Delivery } from './harness'
import { ninjsValidator } from './ninjsValidator'

const intertitles = [
  '举旗铸魂、扛牢责任，答好“政治忠诚卷”',
  '围绕中心、服务大局，答好“融合创新卷”',
  '强基固本、蓄势赋能，答好“全面过硬卷”',
  '严明纪律、强化作风，答好“政廉风清卷”',
  '凝聚力、激发活力，答好“担当作为卷”',
]

const decode = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

describe('the 青岛日报 fixture story through every representation', () => {
  let d: Delivery
  let fixtureLines: string[]

  beforeAll(async () => {
    d = await startDelivery()
    fixtureLines = (await readFile(fixtureStoryPath, 'utf8'))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(3)
  })
  afterAll(async () => {
    await d?.close()
  })

  it('serves the article by slug with headline block, byline, contributors and dateline', async () => {
    const { status, body, headers } = await d.json(`/articles/${fixtureStorySlug}`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    expect(body).toMatchObject({
      slug: fixtureStorySlug,
      kicker: null,
      headline: '奋力书写中国式现代化青岛实践的“机关答卷”',
      subheadline: '2024年青岛市机关党建工作综述',
      byline: '青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦',
      contributors: [
        { role: 'reporter', name: '任晓萌', organisation: null },
        { role: 'correspondent', name: '徐文琦' },
      ],
      brands: [
        { slug: 'qingdao-daily', name: '青岛日报' },
        { slug: 'guanhai-news', name: '观海新闻' },
      ],
      sections: [{ slug: 'jiguan-dangjian', name: '机关党建' }],
      tags: ['机关党建', '模范机关', '清廉建设'],
      url: `https://www.dailyqd.com/articles/${fixtureStorySlug}`,
      printEdition: { date: '2024-12-10', page: '6' },
    })
    expect(Object.keys(body.contributors[0]).sort()).toEqual(['name', 'organisation', 'role'])
    expect(body.summary).toBe(fixtureLines[0])
    expect(Date.parse(body.publishedAt)).toBeGreaterThan(0)
    expect(Date.parse(body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(body.publishedAt))
    // The same article by id.
    const byId = await d.json(`/articles/${body.id}`)
    expect(byId.body.headline).toBe(body.headline)
  })

  it('renders the body as HTML with all 5 intertitles and all 13 photo captions in order, with responsive images', async () => {
    const { body } = await d.json(`/articles/${fixtureStorySlug}`)
    const html: string = body.body.html
    expect([...html.matchAll(/<h2 class="intertitle">(.*?)<\/h2>/g)].map((match) => decode(match[1]))).toEqual(
      intertitles,
    )
    const figures = [...html.matchAll(/<figure class="photo-caption"[^>]*>([\s\S]*?)<\/figure>/g)].map(
      (match) => match[1],
    )
    expect(figures).toHaveLength(13)
    const captions = fixtureLines.filter((line) => line.startsWith('■')).map((line) => line.slice(1))
    expect(
      figures.map((figure) =>
        decode(/<figcaption>([\s\S]*?)(?: <span class="credit">|<\/figcaption>)/.exec(figure)?.[1] ?? ''),
      ),
    ).toEqual(captions)
    // The fixture's photos carry the organisation's credit on the media item.
    expect(figures[0]).toContain('<span class="credit">青岛市委市直机关工委 供图</span>')
    for (const figure of figures) {
      expect(figure).toMatch(/<picture><source type="image\/webp" srcset="[^"]+ 400w, [^"]+ 800w, [^"]+ 1600w"/)
      expect(figure).toMatch(
        /<img src="http[^"]+" srcset="[^"]+ 400w, [^"]+ 800w, [^"]+ 1600w" sizes="[^"]+" width="1800" height="1200" alt="[^"]*"/,
      )
    }
    // Blocks in the fixture's order: every paragraph, intertitle and caption.
    const blocks = html.split('\n').map((line) =>
      decode(
        line
          .replace(/<span class="credit">.*?<\/span>/g, '')
          .replace(/<[^>]+>/g, '')
          .trim(),
      ),
    )
    expect(blocks).toEqual(fixtureLines.map((line) => line.replace(/^■/, '')))
    expect(body.photoCaptions).toHaveLength(13)
    expect(body.photoCaptions[8]).toMatchObject({
      eventDate: '2024-09-28T00:00:00.000Z',
      eventDateEnd: '2024-11-02T00:00:00.000Z',
      location: '青岛',
    })
  })

  it('gives the body as plain text, one block per paragraph, captions in the paper’s ■ convention', async () => {
    const { body } = await d.json(`/articles/${fixtureStorySlug}`)
    expect(body.body.text.split('\n\n')).toEqual(fixtureLines)
    expect(body.body.charCount).toBeGreaterThan(3000)
    expect(body.body.wordCount).toBeGreaterThan(1000)
  })

  it('carries every rendition and the focal point of each photo', async () => {
    const { body } = await d.json(`/articles/${fixtureStorySlug}/photo-captions`)
    expect(body.items).toHaveLength(13)
    const image = body.items[0].image
    expect(image).toMatchObject({ width: 1800, height: 1200, mimeType: 'image/jpeg', focalPoint: { x: 50, y: 50 } })
    expect(image.renditions.map((rendition: { name: string }) => rendition.name)).toEqual([
      'thumbnail',
      'thumbnailWebp',
      'card',
      'cardWebp',
      'feature',
      'featureWebp',
    ])
    expect(image.renditions.find((rendition: { name: string }) => rendition.name === 'featureWebp')).toMatchObject({
      width: 1600,
      mimeType: 'image/webp',
    })
    expect(
      image.renditions.every((rendition: { url: string }) =>
        rendition.url.startsWith(`${new URL(d.apiBase).origin}/api/media/file/`),
      ),
    ).toBe(true)
  })

  it('serves each photo-caption item alone, by slug or id', async () => {
    const { body: list } = await d.json(`/articles/${fixtureStorySlug}/photo-captions`)
    const first = list.items[0]
    const bySlug = await d.json(`/photo-captions/${encodeURIComponent(first.slug)}`)
    expect(bySlug.status).toBe(200)
    expect(bySlug.body).toEqual(first)
    expect((await d.json(`/photo-captions/${first.id}`)).body.caption).toBe(first.caption)
  })

  it('validates as IPTC ninjs 3.2, for the article and every photo-caption item', async () => {
    const validate = ninjsValidator()
    const { body: ninjs, status } = await d.json(`/articles/${fixtureStorySlug}?format=ninjs`)
    expect(status).toBe(200)
    expect(validate(ninjs)).toEqual([])
    expect(ninjs).toMatchObject({
      type: 'text',
      pubStatus: 'usable',
      language: 'zh-CN',
      by: '青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦',
      headlines: [
        { role: 'main', value: '奋力书写中国式现代化青岛实践的“机关答卷”' },
        { role: 'subhead', value: '2024年青岛市机关党建工作综述' },
      ],
      people: [
        { name: '任晓萌', rel: 'reporter' },
        { name: '徐文琦', rel: 'correspondent' },
      ],
    })
    expect(ninjs.uri).toBe(`${d.apiBase}/articles/${ninjs.uri.split('/').pop()}`)
    expect(ninjs.bodies.map((body: { contentType: string }) => body.contentType)).toEqual(['text/html', 'text/plain'])
    expect(ninjs.associations).toHaveLength(13)
    const photo = ninjs.associations[0]
    expect(photo).toMatchObject({ name: 'photo-1', type: 'picture', descriptions: [{ role: 'caption' }] })
    expect(photo.renditions.find((rendition: { name: string }) => rendition.name === 'original')).toMatchObject({
      width: 1800,
      height: 1200,
      poi: { x: 900, y: 600 },
    })
    expect(photo.renditions.find((rendition: { name: string }) => rendition.name === 'card')).toMatchObject({
      width: 800,
      poi: { x: 400 },
    })
    // The same story twice gives the same uri.
    expect((await d.json(`/articles/${fixtureStorySlug}?format=ninjs`)).body.uri).toBe(ninjs.uri)

    const { body: list } = await d.json(`/articles/${fixtureStorySlug}/photo-captions`)
    for (const item of list.items) {
      const single = await d.json(`/photo-captions/${item.id}?format=ninjs`)
      expect(validate(single.body)).toEqual([])
      expect(single.body).toMatchObject({ type: 'picture', pubStatus: 'usable', language: 'zh-CN', located: '青岛' })
    }
  })

  it('describes the story as a schema.org NewsArticle in JSON-LD', async () => {
    const response = await d.get(`/articles/${fixtureStorySlug}?format=jsonld`)
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const jsonld = await response.json()
    expect(jsonld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '奋力书写中国式现代化青岛实践的“机关答卷”',
      alternativeHeadline: '2024年青岛市机关党建工作综述',
      author: [
        { '@type': 'Person', name: '任晓萌' },
        { '@type': 'Person', name: '徐文琦' },
      ],
      articleSection: ['机关党建'],
      publisher: { '@type': 'Organization', name: '青岛日报', url: 'https://www.dailyqd.com' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': `https://www.dailyqd.com/articles/${fixtureStorySlug}` },
      inLanguage: 'zh-CN',
    })
    expect(Date.parse(jsonld.datePublished)).toBeGreaterThan(0)
    expect(Date.parse(jsonld.dateModified)).toBeGreaterThan(0)
    expect(jsonld.image.length).toBeGreaterThan(0)
    expect(jsonld.image.every((url: string) => url.startsWith('http'))).toBe(true)
  })

  it('lists the story by brand, by section (also from the parent section) and by tag', async () => {
    for (const path of [
      '/articles',
      '/brands/qingdao-daily/articles',
      '/brands/guanhai-news/articles',
      '/sections/jiguan-dangjian/articles',
      '/sections/zhengwu/articles',
      `/tags/${encodeURIComponent('清廉建设')}/articles`,
    ]) {
      const { status, body } = await d.json(path)
      expect({ path, status }).toEqual({ path, status: 200 })
      expect(body.items.map((item: { slug: string }) => item.slug)).toEqual([fixtureStorySlug])
      expect(body.nextCursor).toBeNull()
      expect(body.items[0]).not.toHaveProperty('body')
    }
    expect((await d.json('/sections/chengshi/articles')).body.items).toEqual([])
    expect((await d.json(`/tags/${encodeURIComponent('不存在的标签')}/articles`)).body.items).toEqual([])
  })

  it('serves the section tree and the brands with their feed URLs', async () => {
    const sections = await d.json('/sections')
    const zhengwu = sections.body.items.find((section: { slug: string }) => section.slug === 'zhengwu')
    expect(zhengwu.children.map((child: { slug: string }) => child.slug)).toEqual(['jiguan-dangjian'])
    expect(zhengwu.children[0].feeds).toEqual({
      rss: `${d.apiBase}/sections/jiguan-dangjian/feed.rss`,
      atom: `${d.apiBase}/sections/jiguan-dangjian/feed.atom`,
    })
    const section = await d.json('/sections/jiguan-dangjian')
    expect(section.body).toMatchObject({
      name: '机关党建',
      parent: { slug: 'zhengwu' },
      ancestors: [{ slug: 'zhengwu' }],
    })
    const brands = await d.json('/brands')
    expect(brands.body.items.map((brand: { slug: string }) => brand.slug).sort()).toEqual([
      'guanhai-news',
      'qingdao-daily',
    ])
    const brand = await d.json('/brands/qingdao-daily')
    expect(brand.body).toMatchObject({
      name: '青岛日报',
      kind: 'print',
      siteUrl: 'https://www.dailyqd.com',
      feeds: { rss: `${d.apiBase}/brands/qingdao-daily/feed.rss`, atom: `${d.apiBase}/brands/qingdao-daily/feed.atom` },
    })
    expect(JSON.stringify(brands.body)).not.toMatch(/reviewers|reviewLevels/)
  })

  it('publishes RSS 2.0 and Atom feeds per brand and per section', async () => {
    const parser = new Parser()
    for (const path of ['/brands/qingdao-daily', '/sections/jiguan-dangjian', '/sections/zhengwu']) {
      const rss = await d.get(`${path}/feed.rss`)
      expect(rss.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
      const channel = await parser.parseString(await rss.text())
      expect(channel.items.map((item) => item.title)).toEqual(['奋力书写中国式现代化青岛实践的“机关答卷”'])
      expect(channel.items[0].link).toBe(`https://www.dailyqd.com/articles/${fixtureStorySlug}`)
      expect(Date.parse(channel.items[0].pubDate ?? '')).toBeGreaterThan(0)
      expect(channel.items[0]['content:encoded']).toContain('<h2 class="intertitle">')

      const atom = await d.get(`${path}/feed.atom`)
      expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
      const feed = await parser.parseString(await atom.text())
      expect(feed.items.map((item) => item.title)).toEqual(['奋力书写中国式现代化青岛实践的“机关答卷”'])
      expect(feed.items[0].link).toBe(`https://www.dailyqd.com/articles/${fixtureStorySlug}`)
      expect(Date.parse(feed.items[0].isoDate ?? '')).toBeGreaterThan(0)
    }
    const brandFeed = await parser.parseString(await (await d.get('/brands/qingdao-daily/feed.rss')).text())
    expect(brandFeed.title).toBe('青岛日报')
    expect(brandFeed.link).toBe('https://www.dailyqd.com/')
    const sectionFeed = await parser.parseString(await (await d.get('/sections/jiguan-dangjian/feed.atom')).text())
    expect(sectionFeed.title).toBe('青岛日报 · 机关党建')
  })

  it('finds the story in Chinese full-text search: 党建, 清廉建设, the headline words', async () => {
    for (const q of ['党建', '清廉建设', '机关答卷', '模范机关', '党']) {
      const { status, body } = await d.json(`/search?q=${encodeURIComponent(q)}`)
      expect({ q, status }).toEqual({ q, status: 200 })
      expect({ q, slugs: body.items.map((item: { slug: string }) => item.slug) }).toEqual({
        q,
        slugs: [fixtureStorySlug],
      })
      expect(body.items[0].score).toBeGreaterThan(0)
    }
    expect((await d.json(`/search?q=${encodeURIComponent('量子计算机')}`)).body.items).toEqual([])
  })
})
