import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Article, PhotoCaption } from '../../src/payload-types'
import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import { fireWorkflow } from '../../src/workflow/localApi'
import {
  bySlug,
  createPhotoCaption,
  draftArticle,
  lexicalBody,
  publishArticle,
  saveDraftRevision,
  startDelivery,
  withdraw,
  type Delivery,
} from './harness'
import { ninjsValidator } from './ninjsValidator'

/** Words that exist only in unpublished content or staff-only fields: none may reach any public response. */
const secrets = {
  draftHeadline: '泄密草稿甲标题',
  draftCaption: '未发布图说乙说明',
  withdrawnHeadline: '已撤稿件丙标题',
  workflowWithdrawn: '流程撤稿丁标题',
  unsignedRevision: '未签发修订己标题',
  embeddedDraftCaption: '正文内草稿图说庚',
  withdrawnCaption: '已撤图说辛说明',
  comment: '内部批注壬不得外传',
  importPath: '/secret/import/source-path.txt',
}

const staffOnlyMarkers = [
  /@newsroom\.local/,
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  /editorialComments/,
  /importSource/,
  /workflow/i,
  /"owner"/,
  /reviewers/,
  /"_status"/,
  /"hash"/,
  /"salt"/,
  /contentHash/,
]

describe('nothing unpublished or staff-only leaks through /content/v1', () => {
  let d: Delivery
  const hidden: { articles: Article[]; captions: PhotoCaption[] } = { articles: [], captions: [] }
  let live: Article
  let revised: Article
  let userIds: string[] = []

  beforeAll(async () => {
    d = await startDelivery()
    const { payload } = d
    const daily = await bySlug(payload, 'brands', 'qingdao-daily')
    const section = await bySlug(payload, 'sections', 'jiguan-dangjian')
    const place = { brands: [daily], sections: [section], tags: ['机关党建'] }

    // Warm every cache first: invalidation, not luck, must keep the withdrawn ones out.
    for (const path of [
      '/articles',
      '/brands/qingdao-daily/articles',
      '/brands/qingdao-daily/feed.rss',
      `/search?q=${encodeURIComponent('标题')}`,
    ])
      await d.get(path)

    const draftCaption = await createPhotoCaption(payload, 'draft', { caption: secrets.draftCaption, ...place })
    const embeddedDraft = await createPhotoCaption(payload, 'draft', {
      caption: secrets.embeddedDraftCaption,
      ...place,
    })
    const withdrawnCaption = await createPhotoCaption(payload, 'published', {
      caption: secrets.withdrawnCaption,
      ...place,
    })
    const publishedCaption = await createPhotoCaption(payload, 'published', { caption: '已发布的图说', ...place })

    const draft = await draftArticle(payload, {
      headline: secrets.draftHeadline,
      summary: secrets.draftHeadline,
      body: lexicalBody({ paragraph: secrets.draftHeadline }, { photoCaption: draftCaption.id }),
      ...place,
    })
    const withdrawn = await publishArticle(payload, {
      headline: secrets.withdrawnHeadline,
      body: lexicalBody({ paragraph: secrets.withdrawnHeadline }),
      ...place,
    })
    const viaWorkflow = await publishArticle(payload, {
      headline: secrets.workflowWithdrawn,
      body: lexicalBody({ paragraph: secrets.workflowWithdrawn }),
      ...place,
    })
    live = await publishArticle(payload, {
      headline: '现行版本戊',
      body: lexicalBody(
        { paragraph: '正文' },
        { photoCaption: embeddedDraft.id },
        { photoCaption: publishedCaption.id },
        { photoCaption: withdrawnCaption.id },
      ),
      importSource: { path: secrets.importPath, contentHash: 'abc123', importedAt: new Date().toISOString() },
      ...place,
    })
    // Caches now hold the stories that are about to go.
    for (const path of [
      `/articles/${withdrawn.slug}`,
      `/articles/${viaWorkflow.slug}?format=ninjs`,
      `/articles/${live.slug}`,
      '/articles',
      '/brands/qingdao-daily/feed.rss',
      `/search?q=${encodeURIComponent(secrets.withdrawnHeadline)}`,
    ]) {
      expect((await d.get(path)).status).toBe(200)
    }

    await withdraw(payload, 'articles', withdrawn.id)
    await withdraw(payload, 'photo-captions', withdrawnCaption.id)
    const admin = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'admin@newsroom.local' } },
        overrideAccess: true,
      })
    ).docs[0]
    await fireWorkflow(payload, {
      collection: 'articles',
      id: viaWorkflow.id,
      transition: 'withdraw',
      user: admin,
      comment: secrets.comment,
    })
    revised = await saveDraftRevision(payload, live.id, { headline: secrets.unsignedRevision })
    const fixture = (
      await payload.find({
        collection: 'articles',
        where: { slug: { equals: fixtureStorySlug } },
        overrideAccess: true,
      })
    ).docs[0]
    await payload.create({
      collection: 'editorial-comments',
      data: { item: { relationTo: 'articles', value: fixture.id }, text: secrets.comment, author: admin.id },
      overrideAccess: true,
    })

    hidden.articles.push(draft, withdrawn, viaWorkflow)
    hidden.captions.push(draftCaption, embeddedDraft, withdrawnCaption)
    userIds = (await payload.find({ collection: 'users', overrideAccess: true, limit: 100 })).docs.map(
      (user) => user.id,
    )
  })
  afterAll(async () => {
    await d?.close()
  })

  /** Every public representation reachable from the entry points, following the links the API itself gives. */
  const crawl = async (): Promise<Map<string, { status: number; text: string }>> => {
    const seen = new Map<string, { status: number; text: string }>()
    const queue = [
      '/articles',
      '/brands',
      '/sections',
      '/openapi.json',
      ...['qingdao-daily', 'guanhai-news'].flatMap((slug) => [
        `/brands/${slug}`,
        `/brands/${slug}/articles`,
        `/brands/${slug}/feed.rss`,
        `/brands/${slug}/feed.atom`,
      ]),
      ...['zhengwu', 'jiguan-dangjian'].flatMap((slug) => [
        `/sections/${slug}`,
        `/sections/${slug}/articles`,
        `/sections/${slug}/feed.rss`,
        `/sections/${slug}/feed.atom`,
      ]),
      `/tags/${encodeURIComponent('机关党建')}/articles`,
      ...Object.values(secrets).map((word) => `/search?q=${encodeURIComponent(word.slice(0, 20))}`),
      ...['标题', '图说', '撤稿', '草稿', '党建'].map((word) => `/search?q=${encodeURIComponent(word)}`),
    ]
    while (queue.length > 0) {
      const path = queue.shift() as string
      if (seen.has(path)) continue
      const response = await d.get(path)
      const text = await response.text()
      seen.set(path, { status: response.status, text })
      if (!response.headers.get('content-type')?.includes('json')) continue
      for (const match of text.matchAll(/"(?:self|ninjs|jsonld|photoCaptions|articles)":"([^"]+)"/g)) {
        const url = new URL(match[1])
        const local = `${url.pathname.replace(new URL(d.apiBase).pathname, '')}${url.search}`
        if (!seen.has(local) && seen.size < 300) queue.push(local)
      }
    }
    return seen
  }

  it('answers 404 for drafts, withdrawn stories and unpublished photo-caption items, by slug, by id and in every format', async () => {
    for (const article of hidden.articles) {
      for (const ref of [article.slug as string, article.id]) {
        for (const format of ['', '?format=ninjs', '?format=jsonld']) {
          const response = await d.json(`/articles/${encodeURIComponent(ref)}${format}`)
          expect({ ref, format, status: response.status }).toEqual({ ref, format, status: 404 })
          expect(response.body).toEqual({ error: { status: 404, message: expect.any(String) } })
        }
        expect((await d.get(`/articles/${encodeURIComponent(ref)}/photo-captions`)).status).toBe(404)
      }
    }
    for (const caption of hidden.captions) {
      for (const ref of [caption.slug as string, caption.id]) {
        expect((await d.get(`/photo-captions/${encodeURIComponent(ref)}`)).status).toBe(404)
        expect((await d.get(`/photo-captions/${encodeURIComponent(ref)}?format=ninjs`)).status).toBe(404)
      }
    }
  })

  it('keeps the live version of a story whose newer revision is still unsigned, without unpublished photo captions', async () => {
    const { body } = await d.json(`/articles/${live.slug}`)
    expect(body.headline).toBe('现行版本戊')
    expect(revised.headline).toBe(secrets.unsignedRevision)
    expect(body.photoCaptions.map((item: { caption: string }) => item.caption)).toEqual(['已发布的图说'])
    expect(body.body.html.match(/<figure/g)).toHaveLength(1)
  })

  it('shows no unpublished word, e-mail address, account, audit or workflow field in any response, list, feed, search or ninjs', async () => {
    const responses = await crawl()
    expect(responses.size).toBeGreaterThan(40)
    const validate = ninjsValidator()
    for (const [path, { status, text: raw }] of responses) {
      expect({ path, status: status < 500 }).toEqual({ path, status: true })
      // Search echoes the query it was asked; only what it found counts.
      const text = raw.replace(/^\{"query":"[^"]*",/, '{')
      for (const word of Object.values(secrets))
        expect({ path, leaked: text.includes(word) }).toEqual({ path, leaked: false })
      for (const marker of staffOnlyMarkers)
        expect({ path, marker: String(marker), leaked: marker.test(text) }).toEqual({
          path,
          marker: String(marker),
          leaked: false,
        })
      for (const id of [
        ...userIds,
        ...hidden.articles.map((article) => article.id),
        ...hidden.captions.map((caption) => caption.id),
      ]) {
        expect({ path, id, leaked: text.includes(id) }).toEqual({ path, id, leaked: false })
      }
      if (path.includes('format=ninjs') && status === 200)
        expect({ path, errors: validate(JSON.parse(text)) }).toEqual({ path, errors: [] })
    }
    const visited = [...responses.keys()]
    expect(visited.some((path) => path.includes('format=ninjs'))).toBe(true)
    expect(visited.some((path) => path.includes('format=jsonld'))).toBe(true)
    expect(visited.some((path) => path.startsWith('/photo-captions/'))).toBe(true)
  })

  it('lists, feeds and search still hold the published stories', async () => {
    const latest = await d.json('/articles')
    expect(latest.body.items.map((item: { headline: string }) => item.headline)).toEqual([
      '现行版本戊',
      '奋力书写中国式现代化青岛实践的“机关答卷”',
    ])
    const search = await d.json(`/search?q=${encodeURIComponent('现行版本')}`)
    expect(search.body.items.map((item: { headline: string }) => item.headline)).toEqual(['现行版本戊'])
  })
})
