import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Media, PhotoCaption } from '../../../src/payload-types'
import { startPayload, type TestPayload } from '../../helpers/payload'
import { restClient, tokenFor, type RestClient } from '../../helpers/rest'
import { testPassword } from '../../helpers/users'
import { contentCounts } from '../helpers/integrity'
import { setUpNewsroom, type Newsroom } from '../helpers/newsroom'
import { generatedStory } from '../helpers/stories'
import { WORD_CAPTION, wordStory } from '../helpers/wordStory'

type Upload = { name: string; bytes: Uint8Array | string }
type Label = { zh: string; en: string }
type Result = { file: string; status: string; articleId?: string; link?: string; warnings?: Label[]; reason?: Label }

// Two title lines without "——": the parser decides on its own and says so.
const WARNED_STORY =
  '胶州湾畔又添新地标\n青岛国际会展中心二期主体完工\n\n□记者 任晓萌\n\n本报12月1日讯 会展中心二期今天主体完工。\n'

/** A real multipart body, with the Content-Length a browser sends. */
const multipart = async (
  files: Upload[],
): Promise<{ rawBody: Uint8Array<ArrayBuffer>; headers: Record<string, string> }> => {
  const form = new FormData()
  for (const { name, bytes } of files)
    form.append('files', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name)
  const encoded = new Response(form)
  const rawBody = new Uint8Array(await encoded.arrayBuffer())
  return {
    rawBody,
    headers: { 'Content-Type': encoded.headers.get('content-type') ?? '', 'Content-Length': String(rawBody.length) },
  }
}

describe('POST /api/articles/import (导入稿件)', () => {
  let t: TestPayload
  let api: RestClient
  let newsroom: Newsroom
  const tokens: Record<string, string> = {}
  const upload = async (token: string | undefined, files: Upload[]) =>
    api.post<{ results: Result[] }>('/articles/import', { token, ...(await multipart(files)) })
  const snapshot = async () => ({
    counts: await contentCounts(t.payload),
    media: (await t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
  })

  beforeAll(async () => {
    t = await startPayload()
    api = restClient(t.config)
    newsroom = await setUpNewsroom(t.payload)
    for (const role of ['reporter', 'correspondent', 'editor'] as const)
      tokens[role] = await tokenFor(t.payload, newsroom[role].email, testPassword)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('anonymous uploads are refused with 401 and write nothing', async () => {
    const before = await snapshot()
    const response = await upload(undefined, [{ name: 'a.txt', bytes: generatedStory(1) }])
    expect(response.status).toBe(401)
    expect(await snapshot()).toEqual(before)
  })

  it('a reporter uploads a .txt and a .docx: two drafts of hers, the photo in its caption item, the warnings in both languages', async () => {
    const response = await upload(tokens.reporter, [
      { name: '会展中心.txt', bytes: WARNED_STORY },
      { name: '整治.docx', bytes: await wordStory() },
    ])
    expect(response.status).toBe(200)
    const [txt, docx] = response.body.results
    expect(txt).toMatchObject({
      file: '会展中心.txt',
      status: 'imported',
      link: `/admin/collections/articles/${txt?.articleId}`,
    })
    expect(txt?.warnings?.length).toBeGreaterThan(0)
    expect(txt?.warnings?.[0]?.en).toMatch(/^two title lines/)
    expect(txt?.warnings?.[0]?.zh).toMatch(/^两行标题/)
    expect(docx).toMatchObject({ file: '整治.docx', status: 'imported' })
    for (const result of [txt, docx]) {
      const article = await t.payload.findByID({
        collection: 'articles',
        id: result?.articleId as string,
        draft: true,
        depth: 2,
        overrideAccess: true,
      })
      expect(article).toMatchObject({ _status: 'draft', workflowState: 'draft', owner: { id: newsroom.reporter.id } })
      expect(
        (await api.get(`/articles/${result?.articleId}?draft=true&depth=0`, { token: tokens.reporter })).status,
      ).toBe(200)
    }
    const docxArticle = await t.payload.findByID({
      collection: 'articles',
      id: docx?.articleId as string,
      draft: true,
      depth: 2,
      overrideAccess: true,
    })
    const item = (docxArticle.body?.root.children as { fields?: { item?: PhotoCaption } }[]).find(
      (node) => node.fields?.item,
    )?.fields?.item
    expect(item).toMatchObject({ caption: WORD_CAPTION, owner: { id: newsroom.reporter.id } })
    expect((item?.image as Media).sizes?.thumbnail?.width).toBe(400)
  })

  it('the same file uploaded again is skipped', async () => {
    const before = await snapshot()
    const response = await upload(tokens.reporter, [{ name: '会展中心-副本.txt', bytes: WARNED_STORY }])
    expect(response.body.results).toEqual([expect.objectContaining({ status: 'skipped' })])
    expect(await snapshot()).toEqual(before)
  })

  it('a correspondent gets drafts of her own; an editor gets drafts too, never a published story', async () => {
    for (const role of ['correspondent', 'editor'] as const) {
      const response = await upload(tokens[role], [
        { name: `${role}.txt`, bytes: generatedStory(role === 'editor' ? 2 : 3) },
      ])
      const [result] = response.body.results
      expect(result).toMatchObject({ status: 'imported' })
      const article = await t.payload.findByID({
        collection: 'articles',
        id: result?.articleId as string,
        draft: false,
        depth: 0,
        overrideAccess: true,
      })
      expect(article).toMatchObject({ _status: 'draft', workflowState: 'draft', owner: newsroom[role].id })
    }
  })

  it('bad files fail one by one with a clear reason and write nothing; a good file beside them is imported', async () => {
    const gbk = Buffer.from([0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4]) // "标题\n正文" in GBK
    const before = await snapshot()
    const response = await upload(tokens.reporter, [
      { name: 'gbk.txt', bytes: gbk },
      { name: 'broken.docx', bytes: (await wordStory()).subarray(0, 2000) },
      { name: 'huge.txt', bytes: '很长的稿件。'.repeat(300_000) },
      { name: 'photo.pdf', bytes: '%PDF-1.4' },
      { name: 'good.txt', bytes: generatedStory(4) },
    ])
    expect(response.status).toBe(200)
    const byName = Object.fromEntries(response.body.results.map((result) => [result.file, result]))
    expect(byName['gbk.txt']).toMatchObject({
      status: 'failed',
      reason: {
        zh: expect.stringMatching(/^第\d+行不是UTF-8编码；GBK\/GB18030导出的稿件须先转换为UTF-8$/),
        en: expect.stringMatching(/^invalid UTF-8 in line \d+; GBK\/GB18030 exports must be converted to UTF-8$/),
      },
    })
    expect(byName['broken.docx']).toMatchObject({
      status: 'failed',
      reason: { zh: expect.stringMatching(/^\.docx文件已损坏：./) },
    })
    expect(byName['huge.txt']).toMatchObject({
      status: 'failed',
      reason: { zh: expect.stringMatching(/^文件过大：\d+\.\d MB，单篇稿件最大4 MB$/) },
    })
    expect(byName['photo.pdf']).toMatchObject({ status: 'failed', reason: { zh: '仅支持导入.txt和.docx稿件' } })
    expect(byName['good.txt']).toMatchObject({ status: 'imported' })
    const after = await snapshot()
    expect({ articles: after.counts.articles, captions: after.counts.captions, media: after.media }).toEqual({
      articles: before.counts.articles + 1,
      captions: before.counts.captions + 4,
      media: before.media,
    })
  })

  it('a request without files is a 400, one declared larger than the limit a 413', async () => {
    const empty = await api.post('/articles/import', { token: tokens.reporter, ...(await multipart([])) })
    expect(empty.status).toBe(400)
    const { rawBody, headers } = await multipart([{ name: 'a.txt', bytes: generatedStory(5) }])
    const declared = await api.post('/articles/import', {
      token: tokens.reporter,
      rawBody,
      headers: { ...headers, 'Content-Length': String(200 * 1024 * 1024) },
    })
    expect(declared.status).toBe(413)
  })
})
