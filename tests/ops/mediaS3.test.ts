import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Media } from '../../src/payload-types'
import { lexicalBody } from '../delivery/harness'
import { createPublishedArticle } from '../helpers/content'
import { jpegBytes } from '../helpers/images'
import { startNewsroom, type NewsroomTest } from '../helpers/newsroom'
import { pristineCopy } from '../helpers/pristineCopy'
import { startS3, type RunningS3 } from '../helpers/s3'
import { startServer, type RunningServer } from '../helpers/server'

interface Rendition {
  name: string
  url: string
  bytes: number | null
}

/** Two app instances on one database and one S3-compatible bucket: an upload on A is served whole by B (issue #11). */
describe('media in an S3-compatible bucket shared by two instances', () => {
  let s3: RunningS3
  let newsroom: NewsroomTest
  let a: RunningServer
  let b: RunningServer
  let copy: string | undefined

  beforeAll(async () => {
    s3 = await startS3()
    // The test's own Payload (fixtures) stores media in the same bucket.
    Object.assign(process.env, s3.env)
    newsroom = await startNewsroom()
    const env = {
      ...s3.env,
      DATABASE_URI: `file:${path.join(newsroom.t.dir, 'test.db')}`,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET as string,
      JOBS_AUTORUN: 'false',
      LOG_FORMAT: 'json',
    }
    copy = await pristineCopy(process.cwd())
    const started = await Promise.allSettled([startServer(env), startServer(env, undefined, copy)])
    ;[a, b] = started.map((result) => (result.status === 'fulfilled' ? result.value : (undefined as never)))
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
  }, 400_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await newsroom?.t.close()
    await s3?.stop()
    if (copy) await rm(copy, { recursive: true, force: true })
    for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
  }, 60_000)

  const fetchImage = async (url: string) => {
    const response = await fetch(url)
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: (await response.arrayBuffer()).byteLength,
    }
  }

  it('stores the original and every size in the bucket; B serves them all, directly and through /content/v1', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await jpegBytes(2000, 1500))], { type: 'image/jpeg' }), '栈桥.jpg')
    form.append('_payload', JSON.stringify({ alt: '栈桥', credit: '集群测试' }))
    const uploaded = await fetch(`${a.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${newsroom.tokens.reporter}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: Media }

    const stored = await s3.keys()
    const files = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
    expect(files.every(Boolean)).toBe(true)
    expect(files).toHaveLength(7)
    expect(stored.sort()).toEqual([...files].sort())

    const onB = (await (await fetch(`${b.url}/api/media/${doc.id}`)).json()) as Media
    for (const entry of [onB, ...Object.values(onB.sizes ?? {})]) {
      const image = await fetchImage(new URL(entry?.url as string, b.url).href)
      expect(image).toEqual({ status: 200, type: entry?.mimeType, bytes: entry?.filesize })
    }

    const article = await createPublishedArticle(newsroom.t.payload, {
      headline: '栈桥的封面',
      brands: [newsroom.n.app.id],
      cover: doc.id,
      body: lexicalBody({ paragraph: '封面图存放在共享的存储桶里。' }),
    })
    const view = (await (await fetch(`${b.url}/content/v1/articles/${article.id}`)).json()) as {
      cover: { url: string; renditions: Rendition[] }
    }
    expect(view.cover.renditions).toHaveLength(6)
    for (const { url, bytes } of [{ url: view.cover.url, bytes: doc.filesize ?? null }, ...view.cover.renditions]) {
      // /content/v1 makes media URLs absolute on SERVER_URL (A's here): any instance answers them.
      const path = new URL(url).pathname
      for (const server of [a, b]) expect((await fetchImage(`${server.url}${path}`)).bytes).toBe(bytes)
    }
  }, 120_000)
})
