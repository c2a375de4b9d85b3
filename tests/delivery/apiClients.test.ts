import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import type { Article } from '../../src/payload-types'
import { createArticleIn } from '../helpers/content'
import { createNewsroom, type Newsroom } from '../helpers/newsroom'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { testPassword } from '../helpers/users'
import { lexicalBody, saveDraftRevision, startDelivery, type Delivery } from './harness'

const keys = {
  published: 'pub-key-0123456789abcdef0123456789abcdef',
  preview: 'preview-key-0123456789abcdef0123456789ab',
  appPreview: 'app-preview-key-0123456789abcdef01234567',
  inactive: 'inactive-key-0123456789abcdef0123456789a',
}
const auth = (key: string) => ({ Authorization: `api-clients API-Key ${key}` })
const frontEnd = 'https://www.dailyqd.com'

describe('API clients: published and preview keys', () => {
  let d: Delivery
  let api: RestClient
  let n: Newsroom
  let live: Article
  let draft: Article
  let revised: Article
  let appDraft: Article
  let editorToken: string
  let previewClientId: string

  const client = (
    name: string,
    apiKey: string,
    data: { scopes: ('published' | 'preview')[]; brands?: string[]; active?: boolean },
  ) =>
    d.payload.create({
      collection: 'api-clients',
      data: { name, enableAPIKey: true, apiKey, ...data },
      overrideAccess: true,
    })

  beforeAll(async () => {
    d = await startDelivery({ seeded: false, config: { corsOrigins: [frontEnd] } })
    api = restClient(d.t.config)
    n = await createNewsroom(d.payload)
    editorToken = await tokenFor(d.payload, n.editor1.email, testPassword)
    await client('青岛日报官网', keys.published, { scopes: ['published'] })
    previewClientId = (await client('预览前端', keys.preview, { scopes: ['published', 'preview'] })).id
    await client('观海新闻预览', keys.appPreview, { scopes: ['preview'], brands: [n.app.id] })
    await client('停用的客户端', keys.inactive, { scopes: ['published', 'preview'], active: false })

    const base = {
      owner: n.reporter.id,
      contributors: [{ role: 'reporter' as const, name: '任晓萌', user: n.reporter.id }],
    }
    live = await createArticleIn(d.payload, 'published', {
      ...base,
      headline: '已发布的新闻',
      brands: [n.daily.id],
      body: lexicalBody({ paragraph: '正文' }),
    })
    draft = await createArticleIn(d.payload, 'draft', {
      ...base,
      headline: '尚未发布的草稿',
      brands: [n.daily.id],
      body: lexicalBody({ paragraph: '草稿正文' }),
    })
    appDraft = await createArticleIn(d.payload, 'inReview', {
      ...base,
      headline: '观海新闻审核中稿件',
      brands: [n.app.id],
      reviewLevel: 1,
    })
    const revisedLive = await createArticleIn(d.payload, 'published', {
      ...base,
      headline: '线上版本标题',
      brands: [n.daily.id],
    })
    revised = await saveDraftRevision(d.payload, revisedLive.id, { headline: '修改中的新标题' })
    await d.payload.create({
      collection: 'editorial-comments',
      data: { item: { relationTo: 'articles', value: draft.id }, text: '内部意见：核实数据' },
      user: n.editor1,
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await d?.close()
  })

  it('a published-only key sees exactly what an anonymous reader sees through Payload REST and GraphQL', async () => {
    const headers = auth(keys.published)
    expect((await api.get(`/articles/${live.id}`, { headers })).status).toBe(200)
    expect((await api.get(`/articles/${draft.id}`, { headers })).status).toBe(404)
    expect((await api.get(`/articles/${draft.id}?draft=true`, { headers })).status).toBe(404)
    const list = await api.get('/articles?limit=100', { headers })
    expect(list.body.docs.map((doc: Article) => doc.headline).sort()).toEqual(['线上版本标题', '已发布的新闻'].sort())
    expect((await api.get(`/articles/${revised.id}?draft=true`, { headers })).body.headline).toBe('线上版本标题')
    expect((await api.get(`/articles/${revised.id}/versions`, { headers })).status).not.toBe(200)
    for (const path of [
      '/users',
      '/editorial-comments',
      '/workflow-audit',
      '/api-clients',
      '/webhooks',
      '/webhook-deliveries',
    ]) {
      const response = await api.get(path, { headers })
      expect([path, response.status]).toEqual([path, 403])
    }
    // Custom endpoints too: a key is no login, so the workflow answers as to anyone not logged in.
    expect((await api.get(`/articles/${draft.id}/workflow`, { headers })).status).toBe(401)
    // Payload lets any logged-in user read and write its bookkeeping; a key logs nobody in on /api.
    expect((await api.get('/payload-locked-documents', { headers })).status).toBe(403)
    expect((await api.get('/api-clients/me', { headers })).body.user).toBeNull()
    expect((await api.get('/access', { headers })).body).toEqual((await api.get('/access')).body)

    const graphql = GRAPHQL_POST(d.t.config)
    const query = async (extra: Record<string, string>) => {
      const response = await graphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...extra },
          body: JSON.stringify({
            query:
              '{ Articles(limit: 100, draft: true, sort: "headline") { docs { id headline workflowState owner { email } } } }',
          }),
        }),
      )
      return (await response.json()) as { data?: { Articles: { docs: { headline: string; owner: unknown }[] } } }
    }
    const withKey = await query(headers)
    expect(withKey).toEqual(await query({}))
    expect(withKey.data?.Articles.docs.map((doc) => doc.headline)).toEqual(['已发布的新闻'])
    expect(withKey.data?.Articles.docs.every((doc) => doc.owner === null)).toBe(true)
    // Logged in, but not staff: no field that is only for logged-in staff (brand reviewers, import sources) either.
    for (const path of [
      '/articles?limit=100&sort=headline&depth=2',
      `/articles/${live.id}?depth=2`,
      '/brands?depth=2',
      '/sections',
      '/media',
    ]) {
      const [withApiKey, anonymous] = [await api.get(path, { headers }), await api.get(path)]
      expect([path, withApiKey.status, withApiKey.body]).toEqual([path, anonymous.status, anonymous.body])
    }
  })

  it('on /content/v1 a published key reads published content, and asking for a preview is refused with 403', async () => {
    const headers = auth(keys.published)
    expect((await d.json(`/articles/${live.slug}`, headers)).status).toBe(200)
    expect((await d.json(`/articles/${draft.slug}`, headers)).status).toBe(404)
    const refused = await d.json(`/preview/articles/${draft.id}`, headers)
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toContain('published content only')
    expect(refused.headers.get('x-robots-tag')).toContain('noindex')
    expect(JSON.stringify(refused.body)).not.toContain('尚未发布的草稿')
  })

  it('a preview key reads the latest draft on /content/v1, privately and outside the shared cache', async () => {
    const headers = auth(keys.preview)
    const cachedBefore = d.router.delivery.responses.stats().entries
    const preview = await d.json(`/preview/articles/${draft.id}`, headers)
    expect(preview.status).toBe(200)
    expect(preview.body.headline).toBe('尚未发布的草稿')
    expect(preview.body.body.text).toContain('草稿正文')
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    expect(preview.headers.get('x-robots-tag')).toContain('noindex')
    expect(preview.headers.get('etag')).toBeNull()
    expect(preview.headers.get('surrogate-key')).toBeNull()
    // Allow-listed like every delivery view: no workflow fields, owners or staff comments.
    const text = JSON.stringify(preview.body)
    for (const secret of ['workflowState', 'owner', 'reviewLevel', '内部意见', n.reporter.email])
      expect(text).not.toContain(secret)

    expect((await d.json(`/preview/articles/${draft.slug}`, headers)).body.id).toBe(draft.id)
    expect((await d.json(`/preview/articles/${revised.slug}`, headers)).body.headline).toBe('修改中的新标题')
    const ninjs = await d.json(`/preview/articles/${revised.id}?format=ninjs`, headers)
    expect(ninjs.body.headlines.find((headline: { role: string }) => headline.role === 'main').value).toBe(
      '修改中的新标题',
    )
    expect((await d.json(`/preview/articles/${revised.id}?format=jsonld`, headers)).body.headline).toBe(
      '修改中的新标题',
    )
    // The published routes stay published, key or no key.
    expect((await d.json(`/articles/${revised.slug}`, headers)).body.headline).toBe('线上版本标题')
    expect((await d.json(`/articles/${draft.slug}`, headers)).status).toBe(404)
    expect(d.router.delivery.responses.stats().entries).toBe(cachedBefore + 1)
    // Payload's own API knows nothing of preview scopes.
    expect((await api.get(`/articles/${draft.id}?draft=true`, { headers })).status).toBe(404)
  })

  it('a preview key limited to a brand previews only that brand’s items', async () => {
    const headers = auth(keys.appPreview)
    expect((await d.json(`/preview/articles/${appDraft.id}`, headers)).body.headline).toBe('观海新闻审核中稿件')
    expect((await d.json(`/preview/articles/${draft.id}`, headers)).status).toBe(404)
  })

  it('no key writes anything anywhere: Payload REST, GraphQL, the workflow, jobs and /content/v1 refuse', async () => {
    const headers = auth(keys.preview)
    expect((await api.post('/articles', { headers, body: { headline: '客户端写入' } })).status).toBe(403)
    expect((await api.patch(`/articles/${draft.id}`, { headers, body: { headline: '客户端修改' } })).status).toBe(403)
    expect((await api.patch(`/articles/${live.id}`, { headers, body: { headline: '客户端修改' } })).status).toBe(403)
    expect((await api.delete(`/articles/${live.id}`, { headers })).status).toBe(403)
    expect((await api.post('/media', { headers, body: { alt: 'x' } })).status).toBe(403)
    expect(
      (
        await api.post('/editorial-comments', {
          headers,
          body: { item: { relationTo: 'articles', value: draft.id }, text: 'x' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api.patch(`/api-clients/${previewClientId}`, {
          headers,
          body: { scopes: ['published', 'preview'], brands: [] },
        })
      ).status,
    ).toBe(403)
    expect(
      (await api.post('/webhooks', { headers, body: { name: 'x', url: 'https://example.com', events: ['publish'] } }))
        .status,
    ).toBe(403)
    expect((await api.post(`/articles/${draft.id}/workflow/submit`, { headers, body: {} })).status).toBe(401)
    expect((await api.post(`/articles/${draft.id}/preview-link`, { headers, body: {} })).status).toBe(401)
    // Payload answers a refused jobs run with 401.
    expect((await api.get('/payload-jobs/run', { headers })).status).toBe(401)
    const lock = {
      document: { relationTo: 'articles', value: live.id },
      globalSlug: null,
      user: { relationTo: 'users', value: n.editor1.id },
    }
    expect((await api.post('/payload-locked-documents', { headers, body: lock })).status).toBe(403)
    expect((await api.post('/payload-preferences/nav', { headers, body: { value: { open: true } } })).status).not.toBe(
      200,
    )
    const graphql = GRAPHQL_POST(d.t.config)
    const mutation = await graphql(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({
          query: `mutation { updateArticles(id: "${live.id}", data: { headline: "GraphQL 修改" }) { headline } }`,
        }),
      }),
    )
    expect(((await mutation.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect((await fetch(`${d.base}/preview/articles/${draft.id}`, { method, headers })).status).toBe(405)
    }
    const unchanged = await d.payload.findByID({ collection: 'articles', id: live.id, overrideAccess: true })
    expect(unchanged.headline).toBe('已发布的新闻')
  })

  it('unknown and inactive keys get a 401 JSON answer on /content/v1; other schemes are ignored', async () => {
    for (const key of ['no-such-key', keys.inactive]) {
      for (const path of ['/articles', `/preview/articles/${draft.id}`]) {
        const response = await d.json(path, auth(key))
        expect([key, path, response.status, response.headers.get('content-type')]).toEqual([
          key,
          path,
          401,
          'application/json; charset=utf-8',
        ])
        expect(response.body.error).toEqual({
          status: 401,
          message: 'Unknown or inactive API key / API 密钥无效或已停用',
        })
      }
    }
    expect((await d.json('/articles')).status).toBe(200)
    expect((await d.json('/articles', { Authorization: 'Bearer something' })).status).toBe(200)
    const anonymousPreview = await d.json(`/preview/articles/${draft.id}`)
    expect(anonymousPreview.status).toBe(401)
    expect(JSON.stringify(anonymousPreview.body)).not.toContain('尚未发布的草稿')
    // A key is no password: Payload has no login for API clients.
    expect((await api.post('/api-clients/login', { body: { email: 'x@test.local', password: 'x' } })).status).not.toBe(
      200,
    )
  })

  it('answers CORS for the CORS_ORIGINS allow-list only, including preflights for the API-key header', async () => {
    const allowed = await d.get('/articles', { Origin: frontEnd })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(frontEnd)
    expect(allowed.headers.get('vary')).toContain('Origin')
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull()
    const other = await d.get('/articles', { Origin: 'https://evil.example' })
    expect(other.status).toBe(200)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()

    const preflight = await fetch(`${d.base}/preview/articles/${draft.id}`, {
      method: 'OPTIONS',
      headers: {
        Origin: frontEnd,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(frontEnd)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    const refusedPreflight = await fetch(`${d.base}/articles`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(refusedPreflight.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('only admins manage API clients', async () => {
    expect((await api.get('/api-clients', { token: editorToken })).status).toBe(403)
    expect(
      (await api.post('/api-clients', { token: editorToken, body: { name: '编辑自建', scopes: ['preview'] } })).status,
    ).toBe(403)
    const adminToken = await tokenFor(d.payload, n.admin.email, testPassword)
    const created = await api.post('/api-clients', {
      token: adminToken,
      body: {
        name: '合作方',
        scopes: ['published'],
        enableAPIKey: true,
        apiKey: 'partner-key-0123456789abcdef0123456789',
      },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.apiKey).toBeUndefined()
    expect((await d.json('/articles', auth('partner-key-0123456789abcdef0123456789'))).status).toBe(200)
  })
})
