import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { startPayload, type TestPayload } from '../helpers/payload'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { jpegBytes } from '../helpers/images'
import { createUser, testPassword } from '../helpers/users'

const upload = (
  api: RestClient,
  token: string,
  bytes: Uint8Array,
  name: string,
  type: string,
  data: Record<string, unknown> = { alt: '图' },
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return api.post('/media', { token, rawBody: form })
}

describe('media uploads', () => {
  let t: TestPayload
  let api: RestClient
  let token: string
  const mediaFiles = async () => readdir(process.env.MEDIA_DIR as string).catch(() => [] as string[])
  const mediaCount = async () => (await t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    process.env.MAX_UPLOAD_MB = '2'
    t = await startPayload()
    api = restClient(t.config)
    const reporter = await createUser(t.payload, 'reporter')
    token = await tokenFor(t.payload, reporter.email, testPassword)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('a real photo gets every rendition, in JPEG and WebP, at the configured widths', async () => {
    const response = await upload(api, token, await jpegBytes(2000, 1500), 'harbour.jpg', 'image/jpeg', {
      alt: '青岛港',
      credit: '王建亮 摄',
    })
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc).toMatchObject({ width: 2000, height: 1500, mimeType: 'image/jpeg', credit: '王建亮 摄' })
    const expected = { thumbnail: 400, card: 800, feature: 1600 }
    for (const [name, width] of Object.entries(expected)) {
      for (const [size, format] of [
        [name, 'jpeg'],
        [`${name}Webp`, 'webp'],
      ] as const) {
        const rendition = doc.sizes[size]
        expect(rendition).toMatchObject({ width, height: (width * 3) / 4 })
        const meta = await sharp(path.join(process.env.MEDIA_DIR as string, rendition.filename)).metadata()
        expect({ size, format: meta.format, width: meta.width, height: meta.height }).toEqual({
          size,
          format,
          width,
          height: (width * 3) / 4,
        })
      }
    }
    expect(await mediaFiles()).toHaveLength(7)
  })

  it('alt text is required', async () => {
    const before = await mediaCount()
    const response = await upload(api, token, await jpegBytes(100, 100), 'no-alt.jpg', 'image/jpeg', {})
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/alt/)
    expect(await mediaCount()).toBe(before)
  })

  it.each([
    ['a text file posing as a JPEG', Buffer.from('hello, not an image at all'), 'fake.jpg', 'image/jpeg'],
    [
      'an SVG (scripts)',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'evil.svg',
      'image/svg+xml',
    ],
    ['a PDF', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), 'doc.pdf', 'application/pdf'],
    ['an empty file', Buffer.alloc(0), 'empty.jpg', 'image/jpeg'],
  ])('%s is rejected with a 4xx and nothing is stored', async (_label, bytes, name, type) => {
    const before = await mediaCount()
    const filesBefore = (await mediaFiles()).length
    const response = await upload(api, token, bytes, name, type)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(JSON.stringify(response.body)).toMatch(/[a-z]{4,}/i)
    expect(await mediaCount()).toBe(before)
    expect((await mediaFiles()).length).toBe(filesBefore)
  })

  it('a file over the size limit is rejected with 413 and nothing is stored', async () => {
    const before = await mediaCount()
    const filesBefore = (await mediaFiles()).length
    const big = Buffer.concat([await jpegBytes(200, 200), Buffer.alloc(3 * 1024 * 1024, 7)])
    const response = await upload(api, token, big, 'big.jpg', 'image/jpeg')
    expect(response.status).toBe(413)
    expect(await mediaCount()).toBe(before)
    expect((await mediaFiles()).length).toBe(filesBefore)
  })

  it('anonymous visitors cannot upload', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await jpegBytes(50, 50))], { type: 'image/jpeg' }), 'anon.jpg')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    expect((await api.post('/media', { rawBody: form })).status).toBe(403)
  })
})
