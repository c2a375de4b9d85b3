import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { encodeListCursor } from '../../src/delivery/cursor'
import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import { startDelivery, type Delivery } from './harness'

/** A small deterministic PRNG, so a failing fuzz case can be replayed. */
const prng = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

const isErrorBody = (body: unknown, status: number): boolean =>
  typeof body === 'object' &&
  body !== null &&
  JSON.stringify(Object.keys(body)) === '["error"]' &&
  (body as { error: { status: number; message: unknown } }).error.status === status &&
  typeof (body as { error: { message: unknown } }).error.message === 'string'

describe('bad input gets a 400 or 404 with a JSON error, never a 5xx', () => {
  let d: Delivery

  beforeAll(async () => {
    d = await startDelivery()
  })
  afterAll(async () => {
    await d?.close()
  })

  const expectError = async (path: string, status: number, init?: RequestInit) => {
    const response = await fetch(`${d.base}${path}`, init)
    const text = await response.text()
    expect({ path, status: response.status }).toEqual({ path, status })
    if (init?.method !== 'HEAD') expect({ path, ok: isErrorBody(JSON.parse(text), status) }).toEqual({ path, ok: true })
    expect(response.headers.get('cache-control')).toBe('no-store')
  }

  it.each([
    ['/articles/no-such-story', 404],
    ['/articles/00000000-0000-4000-8000-000000000000', 404],
    ['/articles/507f1f77bcf86cd799439011', 404],
    [`/articles/${encodeURIComponent('不存在的稿件')}?format=ninjs`, 404],
    ['/articles/..%2F..%2Fetc%2Fpasswd', 404],
    [`/articles/${encodeURIComponent("x' OR 1=1 --")}`, 404],
    ['/photo-captions/nope', 404],
    ['/brands/nope', 404],
    ['/brands/nope/feed.rss', 404],
    ['/sections/nope/articles', 404],
    ['/sections/nope/feed.atom', 404],
    ['/nothing-here', 404],
    ['/articles/x/y/z', 404],
    [`/articles/${fixtureStorySlug}?format=xml`, 400],
    [`/articles/${fixtureStorySlug}?format=`, 400],
    [`/articles/${fixtureStorySlug}?format=ninjs&format=json`, 400],
    ['/photo-captions/anything?format=jsonld', 400],
    ['/articles?limit=0', 400],
    ['/articles?limit=51', 400],
    ['/articles?limit=-1', 400],
    ['/articles?limit=1.5', 400],
    ['/articles?limit=ten', 400],
    ['/articles?limit=', 400],
    ['/articles?limit=1&limit=2', 400],
    ['/articles?cursor=not-a-cursor', 400],
    ['/articles?cursor=', 400],
    [`/articles?cursor=${Buffer.from('{"p":"yesterday","i":"x"}').toString('base64url')}`, 400],
    [`/articles?cursor=${encodeListCursor({ publishedAt: '2024-01-01T00:00:00.000Z', id: 'x' })}%3D%3D`, 400],
    [`/brands/qingdao-daily/articles?cursor=${Buffer.from('{"o":20}').toString('base64url')}`, 400],
    ['/search', 400],
    ['/search?q=', 400],
    ['/search?q=%20%20%20', 400],
    [`/search?q=${'党'.repeat(101)}`, 400],
    ['/search?q=a&q=b', 400],
    ['/search?q[a]=b', 400],
    ['/search?q=%E5%85%9A&cursor=abc', 400],
    ['/search?q=%E5%85%9A&limit=100', 400],
    ['/articles/%E0%A4%A', 400],
    ['/tags/%FF/articles', 400],
  ])('GET %s → %i', async (path, status) => {
    await expectError(path, status)
  })

  it('refuses writes with 405 and answers CORS preflights', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      await expectError(`/articles/${fixtureStorySlug}`, 405, { method, body: '{}' })
    const preflight = await fetch(`${d.base}/articles`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it('survives a few hundred random paths and queries without a 5xx', async () => {
    const random = prng(20241210)
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]
    const junk = () =>
      pick([
        () => '',
        () => 'x'.repeat(Math.floor(random() * 400)),
        () => '%00',
        () => '%',
        () => '%C0%AF',
        () => encodeURIComponent('党建" <script>alert(1)</script>'),
        () => encodeURIComponent('😀'.repeat(10)),
        () => '..%2F..',
        () => String(Math.floor(random() * 1e12) - 5e11),
        () => '00000000-0000-4000-8000-00000000000' + Math.floor(random() * 10),
        () =>
          Buffer.from(
            JSON.stringify({ p: pick(['2024-01-01', 'x', 1, null]), i: pick(['a', '', 'a'.repeat(100), 5]) }),
          ).toString('base64url'),
        () => Buffer.from(JSON.stringify({ o: pick([-1, 0, 1.5, 10, 1e9, 'x']) })).toString('base64url'),
        () =>
          encodeURIComponent(
            String.fromCodePoint(
              ...Array.from({ length: 8 }, () => {
                const point = Math.floor(random() * 0x10ffff)
                return point >= 0xd800 && point <= 0xdfff ? 0x41 : point
              }),
            ),
          ),
        () => fixtureStorySlug,
        () => 'qingdao-daily',
        () => 'jiguan-dangjian',
      ])()
    const paths = [
      () => `/articles/${junk()}`,
      () => `/articles/${junk()}/photo-captions`,
      () => `/photo-captions/${junk()}`,
      () => `/brands/${junk()}`,
      () => `/brands/${junk()}/articles`,
      () => `/brands/${junk()}/${pick(['feed.rss', 'feed.atom', 'feed.json', junk()])}`,
      () => `/sections/${junk()}/${pick(['articles', 'feed.rss', 'feed.atom', ''])}`,
      () => `/tags/${junk()}/articles`,
      () => '/search',
      () => '/articles',
      () => `/${junk()}`,
    ]
    const params = ['limit', 'cursor', 'format', 'q', 'depth', 'where[_status][equals]', 'draft', 'q[]', junk()]
    const failures: string[] = []
    const requests = Array.from({ length: 300 }, () => {
      const query = Array.from(
        { length: Math.floor(random() * 4) },
        () => `${pick(params)}=${pick([junk(), '1', '50', '0', 'ninjs', 'jsonld', 'true', '党建'])}`,
      ).join('&')
      return `${pick(paths)()}${query ? `?${query}` : ''}`
    })
    // Ten at a time: concurrency is part of the test.
    for (let start = 0; start < requests.length; start += 10) {
      await Promise.all(
        requests.slice(start, start + 10).map(async (path) => {
          const response = await fetch(`${d.base}${path}`)
          const text = await response.text()
          if (response.status >= 500) failures.push(`${response.status} ${path} ${text.slice(0, 200)}`)
          else if (response.status >= 400 && !isErrorBody(JSON.parse(text), response.status))
            failures.push(`bad error body ${path}`)
        }),
      )
    }
    expect(new Set(requests).size).toBeGreaterThan(250)
    expect(failures).toEqual([])
  })
})
