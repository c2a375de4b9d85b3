import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { previewKey, signPreviewToken, verifyPreviewToken } from '../../src/delivery/preview/token'
import type { Article } from '../../src/payload-types'
import { createArticleIn, createCaptionIn } from '../helpers/content'
import { createNewsroom, type Newsroom } from '../helpers/newsroom'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { testPassword } from '../helpers/users'
import { lexicalBody, startDelivery, type Delivery } from './harness'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('signed preview links for editors', () => {
  let d: Delivery
  let api: RestClient
  let n: Newsroom
  let draft: Article
  let other: Article
  const tokens: Record<string, string> = {}

  /** The link's path and query on the test server (links are built on SERVER_URL, like every delivery URL). */
  const onTestServer = (url: string): string => url.slice(d.apiBase.length)

  const createLink = async (
    as: keyof typeof tokens,
    id: string,
    body: Record<string, unknown> = {},
    collection = 'articles',
  ) => api.post(`/${collection}/${id}/preview-link`, { token: tokens[as], body })

  beforeAll(async () => {
    d = await startDelivery({ seeded: false })
    api = restClient(d.t.config)
    n = await createNewsroom(d.payload)
    for (const who of ['reporter', 'correspondent', 'editor1'] as const)
      tokens[who] = await tokenFor(d.payload, n[who].email, testPassword)
    const base = {
      brands: [n.daily.id],
      owner: n.reporter.id,
      contributors: [{ role: 'reporter' as const, name: '任晓萌', user: n.reporter.id }],
    }
    draft = await createArticleIn(d.payload, 'inReview', {
      ...base,
      headline: '待审的独家报道',
      reviewLevel: 1,
      body: lexicalBody({ paragraph: '独家报道草稿正文' }),
    })
    other = await createArticleIn(d.payload, 'draft', { ...base, headline: '另一篇未发布稿件' })
  })
  afterAll(async () => {
    await d?.close()
  })

  it('an editor gets a one-hour link that lets anyone holding it read that draft, privately', async () => {
    const before = Math.floor(Date.now() / 1000)
    const created = await createLink('editor1', draft.id)
    expect(created.status).toBe(200)
    expect(created.headers.get('cache-control')).toBe('no-store')
    expect(created.body.url).toBe(`${d.apiBase}/preview/articles/${draft.id}?token=${created.body.token}`)
    const lifetime = Date.parse(created.body.expiresAt) / 1000 - before
    expect(lifetime).toBeGreaterThanOrEqual(3599)
    expect(lifetime).toBeLessThanOrEqual(3602)

    const preview = await d.json(onTestServer(created.body.url))
    expect(preview.status).toBe(200)
    expect(preview.body.headline).toBe('待审的独家报道')
    expect(preview.body.body.text).toContain('独家报道草稿正文')
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    expect(preview.headers.get('x-robots-tag')).toContain('noindex')
    expect(preview.headers.get('referrer-policy')).toBe('no-referrer')
    expect(JSON.stringify(preview.body)).not.toMatch(/workflowState|reviewLevel|owner/)
    // The draft stays a draft everywhere else.
    expect((await d.json(`/articles/${draft.id}`)).status).toBe(404)
  })

  it('the author can link their own draft; a correspondent cannot link a colleague’s; API clients (anonymous on /api) and anonymous callers get none', async () => {
    expect((await createLink('reporter', draft.id)).status).toBe(200)
    expect((await createLink('correspondent', draft.id)).status).toBe(404)
    expect((await api.post(`/articles/${draft.id}/preview-link`, { body: {} })).status).toBe(401)
    await d.payload.create({
      collection: 'api-clients',
      data: {
        name: '预览前端',
        scopes: ['preview'],
        enableAPIKey: true,
        apiKey: 'preview-link-test-key-0123456789abcdef',
      },
      overrideAccess: true,
    })
    const asClient = await api.post(`/articles/${draft.id}/preview-link`, {
      headers: { Authorization: 'api-clients API-Key preview-link-test-key-0123456789abcdef' },
      body: {},
    })
    expect(asClient.status).toBe(401)
    expect((await createLink('editor1', '00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  it('lifetimes: at most 24 hours; a short one expires and the link answers 410 Gone', async () => {
    expect((await createLink('editor1', draft.id, { expiresInSeconds: 24 * 60 * 60 + 1 })).status).toBe(400)
    expect((await createLink('editor1', draft.id, { expiresInSeconds: 0 })).status).toBe(400)
    expect((await createLink('editor1', draft.id, { expiresInSeconds: '3600' })).status).toBe(400)
    const day = await createLink('editor1', draft.id, { expiresInSeconds: 24 * 60 * 60 })
    expect(day.status).toBe(200)

    const short = await createLink('editor1', draft.id, { expiresInSeconds: 1 })
    expect((await d.json(onTestServer(short.body.url))).status).toBe(200)
    await sleep(2_050)
    const expired = await d.json(onTestServer(short.body.url))
    expect(expired.status).toBe(410)
    expect(expired.body.error.message).toContain('expired')
    expect(JSON.stringify(expired.body)).not.toContain('待审的独家报道')
  })

  it('a tampered link is refused with 401, and a link for one item cannot read another', async () => {
    const { body } = await createLink('editor1', draft.id)
    const [claims, signature] = (body.token as string).split('.')
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`
    const otherClaims = Buffer.from(`articles:${other.id}:${Math.floor(Date.now() / 1000) + 3600}`).toString(
      'base64url',
    )
    for (const token of [
      `${claims}.${flipped}`,
      `${otherClaims}.${signature}`,
      `${claims}.`,
      claims,
      'not-a-token',
      `${claims}.${signature}.x`,
    ]) {
      const response = await d.json(`/preview/articles/${draft.id}?token=${encodeURIComponent(token)}`)
      expect([token, response.status]).toEqual([token, 401])
      expect(response.body.error.message).toContain('not valid')
    }
    const forged = await d.json(`/preview/articles/${other.id}?token=${otherClaims}.${signature}`)
    expect(forged.status).toBe(401)

    const elsewhere = await d.json(`/preview/articles/${other.id}?token=${body.token}`)
    expect(elsewhere.status).toBe(403)
    expect(JSON.stringify(elsewhere.body)).not.toContain('另一篇未发布稿件')
    expect((await d.json(`/preview/articles/${draft.slug}?token=${body.token}`)).status).toBe(403)
    expect((await d.json(`/preview/photo-captions/${draft.id}?token=${body.token}`)).status).toBe(403)
    // A link signed with another secret is as good as a forged one.
    const foreign = signPreviewToken(
      { collection: 'articles', id: draft.id, expiresAt: Math.floor(Date.now() / 1000) + 60 },
      previewKey('another-secret'),
    )
    expect((await d.json(`/preview/articles/${draft.id}?token=${foreign}`)).status).toBe(401)
  })

  it('photo-caption items get preview links too', async () => {
    const caption = await createCaptionIn(d.payload, 'draft', {
      caption: '■2024年3月28日，未发布的图片说明',
      brands: [n.daily.id],
      owner: n.reporter.id,
    })
    const link = await createLink('editor1', caption.id, {}, 'photo-captions')
    expect(link.status).toBe(200)
    const preview = await d.json(onTestServer(link.body.url))
    expect(preview.status).toBe(200)
    expect(preview.body.caption).toBe('■2024年3月28日，未发布的图片说明')
    expect((await d.json(`/photo-captions/${caption.id}`)).status).toBe(404)
  })

  it('tokens: the signature is checked before the expiry, and the claims cannot be bent', () => {
    const key = previewKey('test-secret')
    const grant = { collection: 'articles' as const, id: 'a1b2c3', expiresAt: 2_000 }
    const token = signPreviewToken(grant, key)
    expect(verifyPreviewToken(token, key, 1_999)).toEqual({ ok: true, grant })
    expect(verifyPreviewToken(token, key, 2_000)).toEqual({ ok: false, reason: 'expired' })
    expect(verifyPreviewToken(token, previewKey('other'), 2_000)).toEqual({ ok: false, reason: 'invalid' })
    const colonInId = signPreviewToken({ ...grant, id: 'a1:b2' }, key)
    expect(verifyPreviewToken(colonInId, key, 1_000)).toEqual({ ok: false, reason: 'invalid' })
    const unknownCollection = signPreviewToken({ ...grant, collection: 'users' as never }, key)
    expect(verifyPreviewToken(unknownCollection, key, 1_000)).toEqual({ ok: false, reason: 'invalid' })
  })
})
