import { describe, expect, it } from '@jest/globals'
import Parser from 'rss-parser'

import { decodeListCursor, decodeSearchCursor, encodeListCursor, encodeSearchCursor } from '../../src/delivery/cursor'
import { matchesIfNoneMatch, strongEtag } from '../../src/delivery/http'
import { bodyReferences, parseBody } from '../../src/delivery/serializers/body'
import { renderFeed } from '../../src/delivery/serializers/feeds'
import { renderHtml } from '../../src/delivery/serializers/html'
import { articleToJsonLd } from '../../src/delivery/serializers/jsonld'
import { articleToNinjs, photoCaptionToNinjs } from '../../src/delivery/serializers/ninjs'
import { renderPlainText } from '../../src/delivery/serializers/plainText'
import type { MediaRecord } from '../../src/delivery/serializers/records'
import { toImage } from '../../src/delivery/serializers/viewModels'
import { article, image, photoCaption, urls } from './fixtures'
import { lexicalBody } from './harness'
import { ninjsValidator, officialNinjsExample } from './ninjsValidator'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format })
const body = (...children: unknown[]) => ({ root: { type: 'root', children } })
const none = { photoCaptions: new Map(), images: new Map() }

describe('body HTML and plain text', () => {
  it('renders intertitles as <h2>, photo-caption items as <figure> with <picture> sources, in order', () => {
    const nodes = parseBody(
      lexicalBody(
        { paragraph: '第一段' },
        { intertitle: '小标题一' },
        { photoCaption: 'p1' },
        { quote: '引语\n第二行', source: '某人' },
      ),
    )
    const html = renderHtml(nodes, { photoCaptions: new Map([['p1', photoCaption('p1')]]), images: new Map() })
    expect(html.split('\n')).toEqual([
      '<p>第一段</p>',
      '<h2 class="intertitle">小标题一</h2>',
      expect.stringMatching(
        /^<figure class="photo-caption" data-photo-caption-id="p1"><picture><source type="image\/webp" srcset="\S+-400\.webp 400w, \S+-800\.webp 800w, \S+-1600\.webp 1600w" sizes="[^"]+"><img src="\S+-800\.jpg" srcset="\S+-400\.jpg 400w, \S+-800\.jpg 800w, \S+-1600\.jpg 1600w" sizes="[^"]+" width="1800" height="1200" alt="会议现场 &lt;全景&gt;" loading="lazy" decoding="async"><\/picture><figcaption>2024年3月28日，行动动员大会召开 &amp; “打头阵” <span class="credit">王建亮 摄<\/span><\/figcaption><\/figure>$/,
      ),
      '<blockquote class="quote"><p>引语</p><p>第二行</p><footer><cite>某人</cite></footer></blockquote>',
    ])
    expect(renderPlainText(nodes, { photoCaptions: new Map([['p1', photoCaption('p1')]]), images: new Map() })).toBe(
      '第一段\n\n小标题一\n\n■2024年3月28日，行动动员大会召开 & “打头阵”\n\n引语\n第二行——某人',
    )
    expect(renderPlainText(nodes, none, { captions: false })).toBe('第一段\n\n小标题一\n\n引语\n第二行——某人')
  })

  it('escapes every text and drops unsafe links, unknown blocks and unpublished embeds', () => {
    const nodes = parseBody(
      body(
        {
          type: 'paragraph',
          children: [text('<script>alert("x")</script> & \'q\'', 1 | 2), { type: 'linebreak' }, text('\u0007响铃')],
        },
        {
          type: 'paragraph',
          children: [
            { type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [text('坏链接')] },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              fields: { url: 'https://example.com/a?b=1&c="2"', linkType: 'custom' },
              children: [text('好链接')],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 'draft-id' } },
              children: [text('内部链接')],
            },
          ],
        },
        { type: 'heading', tag: 'h1', children: [text('标题')] },
        {
          type: 'list',
          listType: 'number',
          children: [
            { type: 'listitem', children: [text('一')] },
            { type: 'listitem', children: [text('二')] },
          ],
        },
        { type: 'block', fields: { blockType: 'photoCaption', item: 'unpublished' } },
        { type: 'block', fields: { blockType: 'somethingNew', secret: '机密' } },
        { type: 'relationship', relationTo: 'articles', value: 'draft-id' },
        { type: 'mystery', children: [text('保留文字')] },
        'not a node',
      ),
    )
    const html = renderHtml(nodes, none)
    expect(html.split('\n')).toEqual([
      '<p><strong><em>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</em></strong><br>响铃</p>',
      '<p>坏链接</p>',
      '<p><a href="https://example.com/a?b=1&amp;c=%222%22" rel="noopener noreferrer">好链接</a></p>',
      '<p>内部链接</p>',
      '<h2>标题</h2>',
      '<ol><li>一</li><li>二</li></ol>',
      '<p>保留文字</p>',
    ])
    expect(html).not.toMatch(/机密|draft-id|unpublished|javascript/)
    expect(bodyReferences(nodes)).toEqual({ photoCaptionIds: ['unpublished'], mediaIds: [] })
  })

  it('reads nothing from a missing or malformed body', () => {
    for (const value of [null, undefined, 'text', 42, {}, { root: null }, { root: { children: 'x' } }])
      expect(parseBody(value)).toEqual([])
  })

  it('builds image views with absolute, percent-encoded URLs, all renditions and the focal point', () => {
    const media: MediaRecord = {
      id: 'm1',
      alt: '图',
      credit: null,
      url: '/api/media/file/会议 1.jpg',
      mimeType: 'image/jpeg',
      filesize: 10,
      width: 1800,
      height: 1200,
      focalX: 30,
      focalY: 60,
      sizes: {
        card: { url: '/api/media/file/会议 1-800x533.jpg', width: 800, height: 533, mimeType: 'image/jpeg' },
        feature: { url: null },
      },
    }
    expect(toImage(media, urls)).toEqual({
      id: 'm1',
      alt: '图',
      credit: null,
      url: 'https://cms.example.com/api/media/file/%E4%BC%9A%E8%AE%AE%201.jpg',
      width: 1800,
      height: 1200,
      mimeType: 'image/jpeg',
      bytes: 10,
      focalPoint: { x: 30, y: 60 },
      renditions: [
        {
          name: 'card',
          url: 'https://cms.example.com/api/media/file/%E4%BC%9A%E8%AE%AE%201-800x533.jpg',
          width: 800,
          height: 533,
          mimeType: 'image/jpeg',
          bytes: null,
        },
      ],
    })
    expect(toImage(undefined, urls)).toBeNull()
    expect(toImage({ ...media, url: null }, urls)).toBeNull()
  })

  it('builds canonical URLs on the brand site, or this server without one', () => {
    expect(urls.canonical('机关-党建', 'https://www.dailyqd.com/')).toBe(
      'https://www.dailyqd.com/articles/%E6%9C%BA%E5%85%B3-%E5%85%9A%E5%BB%BA',
    )
    expect(urls.canonical('story', 'https://example.com/news')).toBe('https://example.com/news/articles/story')
    expect(urls.canonical('story', null)).toBe('https://cms.example.com/articles/story')
  })
})

describe('IPTC ninjs 3.2', () => {
  const validate = ninjsValidator()

  it("the vendored schema accepts IPTC's official example and refuses it once broken", () => {
    const example = officialNinjsExample()
    expect(validate(example)).toEqual([])
    expect(validate({ ...example, uri: 42 })).not.toEqual([])
    expect(validate({ ...example, pubStatus: 'sometimes' })).not.toEqual([])
  })

  it('maps an article: headline roles, by, people with rel, bodies, photo associations with renditions and poi', () => {
    const ninjs = articleToNinjs(article(), urls)
    expect(validate(ninjs)).toEqual([])
    expect(ninjs).toMatchObject({
      uri: 'https://cms.example.com/content/v1/articles/a1',
      standard: { name: 'ninjs', version: '3.2' },
      type: 'text',
      pubStatus: 'usable',
      language: 'zh-CN',
      firstCreated: '2024-12-10T00:00:00.000Z',
      versionCreated: '2024-12-10T08:00:00.000Z',
      headlines: [
        { role: 'kicker', value: '引题' },
        { role: 'main', value: '主题 <b>&</b>' },
        { role: 'subhead', value: '——副题' },
      ],
      by: '青岛日报记者 任晓萌 通讯员 徐文琦',
      people: [
        { name: '任晓萌', rel: 'reporter' },
        { name: '徐文琦', rel: 'correspondent' },
        { name: '值班编辑', rel: 'editor' },
      ],
      organisations: [{ name: '青岛市委市直机关工委' }],
      descriptions: [
        { role: 'summary', value: '导语' },
        { role: 'dateline', value: '本报12月9日讯' },
      ],
      bodies: [
        { contentType: 'text/html', value: '<p>正文</p>', charCount: 2 },
        { contentType: 'text/plain', value: '正文' },
      ],
    })
    expect(ninjs.associations?.map((association) => [association.name, association.rel, association.type])).toEqual([
      ['featuremedia', 'cover', 'picture'],
      ['photo-1', 'embedded', 'picture'],
      ['photo-2', 'embedded', 'picture'],
    ])
    const photo = ninjs.associations?.[1]
    expect(photo?.descriptions).toEqual([
      { role: 'caption', contentType: 'text/plain', value: '2024年3月28日，行动动员大会召开 & “打头阵”' },
    ])
    expect(photo?.renditions?.[0]).toEqual({
      name: 'original',
      href: 'https://cms.example.com/api/media/file/img-p1.jpg',
      contentType: 'image/jpeg',
      width: 1800,
      height: 1200,
      sizeInBytes: 123_456,
      poi: { x: 450, y: 900 },
    })
    expect(photo?.renditions?.find((rendition) => rendition.name === 'card')?.poi).toEqual({ x: 200, y: 400 })
  })

  it('validates with only the required article fields, and for photo-caption items with or without a photo', () => {
    const bare = article({
      kicker: null,
      subheadline: null,
      summary: null,
      dateline: null,
      contributors: [],
      cover: null,
      brands: [],
      sections: [],
      tags: [],
      photoCaptions: [],
      byline: '',
    })
    const ninjs = articleToNinjs(bare, urls)
    expect(validate(ninjs)).toEqual([])
    expect(ninjs.headlines).toEqual([{ role: 'main', contentType: 'text/plain', value: '主题 <b>&</b>' }])
    expect(ninjs).not.toHaveProperty('associations')
    for (const item of [
      photoCaption('p1'),
      photoCaption('p2', {
        image: null,
        location: null,
        photographer: null,
        eventDate: null,
        brands: [],
        sections: [],
      }),
      photoCaption('p3', { image: image('x', { focalPoint: null, width: null, height: null, renditions: [] }) }),
    ]) {
      const single = photoCaptionToNinjs(item, urls)
      expect(validate(single)).toEqual([])
      expect(single.type).toBe('picture')
    }
  })
})

describe('schema.org NewsArticle JSON-LD', () => {
  it('has the fields search engines require', () => {
    const jsonld = articleToJsonLd(article(), {
      id: 'b1',
      slug: 'qingdao-daily',
      name: '青岛日报',
      kind: 'print',
      siteUrl: 'https://www.dailyqd.com',
      logo: image('logo'),
      feeds: urls.feeds('brands', 'qingdao-daily'),
      links: { self: '', articles: '' },
    })
    expect(jsonld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '主题 <b>&</b>',
      alternativeHeadline: '——副题',
      datePublished: '2024-12-10T00:00:00.000Z',
      dateModified: '2024-12-10T08:00:00.000Z',
      author: [
        { '@type': 'Person', name: '任晓萌' },
        { '@type': 'Person', name: '徐文琦', affiliation: { '@type': 'Organization', name: '青岛市委市直机关工委' } },
      ],
      articleSection: ['机关党建'],
      publisher: {
        '@type': 'Organization',
        name: '青岛日报',
        logo: { '@type': 'ImageObject', url: 'https://cms.example.com/api/media/file/logo.jpg' },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://www.dailyqd.com/articles/story' },
      printEdition: '2024-12-10',
      printPage: '6',
    })
    expect(jsonld.author).toHaveLength(2)
    expect(jsonld.image[0]).toBe('https://cms.example.com/api/media/file/cover-1600.jpg')
  })

  it('falls back to the first photo and the publisher as author', () => {
    const jsonld = articleToJsonLd(article({ cover: null, contributors: [] }), null)
    expect(jsonld.image[0]).toBe('https://cms.example.com/api/media/file/img-p1-1600.jpg')
    expect(jsonld.author).toEqual([{ '@type': 'Organization', name: '新闻编辑部' }])
    expect(jsonld.publisher).toEqual({ '@type': 'Organization', name: '新闻编辑部' })
  })
})

describe('RSS and Atom', () => {
  const channel = {
    id: 'https://cms.example.com/content/v1/brands/x/feed.atom',
    title: '品牌 <&> "名"',
    description: '描述',
    link: 'https://www.dailyqd.com',
    self: {
      rss: 'https://cms.example.com/content/v1/brands/x/feed.rss',
      atom: 'https://cms.example.com/content/v1/brands/x/feed.atom',
    },
    copyright: '© 品牌',
  }
  const hostile = article({ headline: '标题 ]]> <b>粗</b> & \u0001', summary: '摘要 ]]>' })

  it.each(['rss', 'atom'] as const)(
    '%s parses back with titles, links and dates, whatever the text holds',
    async (format) => {
      const xml = renderFeed(
        channel,
        [
          hostile,
          article({
            id: 'a2',
            url: 'https://www.dailyqd.com/articles/two',
            headline: '第二篇',
            updatedAt: '2024-12-11T00:00:00.000Z',
          }),
        ],
        format,
      )
      const feed = await new Parser().parseString(xml)
      expect(feed.title).toBe('品牌 <&> "名"')
      expect(feed.items.map((item) => item.title)).toEqual(['标题 ]]&gt; <b>粗</b> & ', '第二篇'])
      expect(feed.items.map((item) => item.link)).toEqual([
        'https://www.dailyqd.com/articles/story',
        'https://www.dailyqd.com/articles/two',
      ])
      expect(feed.items.every((item) => Number.isFinite(Date.parse(item.isoDate ?? '')))).toBe(true)
    },
  )

  it('is byte-identical for the same stories (so its ETag is stable)', () => {
    expect(renderFeed(channel, [hostile], 'rss')).toBe(renderFeed(channel, [hostile], 'rss'))
    expect(renderFeed(channel, [], 'atom')).toBe(renderFeed(channel, [], 'atom'))
  })
})

describe('cursors and validators', () => {
  it('round-trips list and search cursors and rejects anything else', () => {
    const cursor = { publishedAt: '2024-12-10T00:00:00.000Z', id: 'c6670bb1-002a-44a8-b92b-e6075ad88f2d' }
    expect(decodeListCursor(encodeListCursor(cursor))).toEqual(cursor)
    expect(decodeSearchCursor(encodeSearchCursor(40))).toBe(40)
    for (const bad of [
      '',
      'x',
      '!!!',
      encodeSearchCursor(40),
      Buffer.from('{"p":"2024","i":"a b"}').toString('base64url'),
      Buffer.from('[1]').toString('base64url'),
      'a'.repeat(300),
    ]) {
      expect(decodeListCursor(bad)).toBeNull()
    }
    for (const bad of [
      encodeListCursor(cursor),
      encodeSearchCursor(0),
      encodeSearchCursor(-5),
      encodeSearchCursor(1e9),
      'zz',
    ])
      expect(decodeSearchCursor(bad)).toBeNull()
  })

  it('makes strong ETags and compares If-None-Match weakly', () => {
    const etag = strongEtag('body')
    expect(etag).toBe(strongEtag('body'))
    expect(etag).not.toBe(strongEtag('body2'))
    expect(matchesIfNoneMatch(etag, etag)).toBe(true)
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true)
    expect(matchesIfNoneMatch(`"a", ${etag}`, etag)).toBe(true)
    expect(matchesIfNoneMatch('*', etag)).toBe(true)
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false)
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false)
  })
})
