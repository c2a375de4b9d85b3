import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { embeddedCaptionIds } from '../../src/import/bodyCaptions'
import { publishImportedArticle } from '../../src/import/publish'
import type { Article } from '../../src/payload-types'
import { startPayload, type TestPayload } from '../helpers/payload'
import { contentCounts } from './helpers/integrity'
import { setUpNewsroom, type Newsroom } from './helpers/newsroom'
import { importFiles } from './helpers/runInProcess'
import { generatedStory } from './helpers/stories'
import { fixtureStoryPath } from '../../src/seed/fixtureStory'

// The one copy of the real 青岛日报 story, shared with the seed.
const FIXTURE = fixtureStoryPath

describe('re-importing', () => {
  let t: TestPayload
  let newsroom: Newsroom
  let dir: string

  beforeAll(async () => {
    t = await startPayload()
    newsroom = await setUpNewsroom(t.payload)
    dir = await mkdtemp(path.join(t.dir, 'stories-'))
  })
  afterAll(async () => {
    await t?.close()
  })

  const imported = async (file: string, draft = true): Promise<Article> => {
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { 'importSource.path': { equals: file } },
      draft,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    return docs[0] as Article
  }
  const paragraphs = (article: Article): string[] =>
    ((article.body?.root.children ?? []) as { type: string; children?: { text: string }[] }[])
      .filter((node) => node.type === 'paragraph')
      .map((node) => (node.children ?? []).map((child) => child.text).join(''))

  it('skips an unchanged file: same article, same counts, no new revision', async () => {
    const file = path.join(dir, 'fixture.txt')
    await copyFile(FIXTURE, file)
    const first = await importFiles(t.payload, [file], { user: newsroom.editor })
    expect(first).toMatchObject({ imported: 1, updated: 0, skipped: 0, failed: [] })
    const before = await imported(file)
    const versions = (await t.payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs

    const second = await importFiles(t.payload, [file], { user: newsroom.editor })
    expect(second).toMatchObject({ imported: 0, updated: 0, skipped: 1, failed: [] })
    expect(await contentCounts(t.payload)).toMatchObject({
      articles: 1,
      captions: 13,
      orphanCaptions: [],
      danglingEmbeds: [],
    })
    expect((await imported(file)).updatedAt).toBe(before.updatedAt)
    expect((await t.payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(versions)
  })

  it('treats other line endings and trailing spaces as the same content', async () => {
    const file = path.join(dir, 'fixture.txt')
    const text = await readFile(file, 'utf8')
    await writeFile(
      file,
      `${text
        .split('\n')
        .map((line) => `${line}  `)
        .join('\r\n')}\r\n\r\n`,
    )
    expect(await importFiles(t.payload, [file], { user: newsroom.editor })).toMatchObject({ skipped: 1, updated: 0 })
  })

  it('updates a changed file in place: the same article and caption items; a caption dropped from the file leaves the revision', async () => {
    const file = path.join(dir, 'fixture.txt')
    const before = await imported(file)
    const captionsBefore = embeddedCaptionIds(before.body)
    const text = (await readFile(FIXTURE, 'utf8'))
      .replace('2024年是新中国成立75周年', '2024年，是新中国成立75周年')
      .replace(/\n■2024年11月26日[^\n]*\n/u, '\n')
    await writeFile(file, text)

    const summary = await importFiles(t.payload, [file], { user: newsroom.editor })
    expect(summary).toMatchObject({ imported: 0, updated: 1, skipped: 0, failed: [] })
    const after = await imported(file)
    expect(after.id).toBe(before.id)
    expect(paragraphs(after)[0]).toBe(
      '2024年，是新中国成立75周年，是实现“十四五”规划目标任务的关键一年，也是习近平总书记在中央和国家机关党的建设工作会议上发表重要讲话5周年。',
    )
    expect(embeddedCaptionIds(after.body)).toEqual(captionsBefore.slice(0, 12))
    expect(after.importSource?.contentHash).not.toBe(before.importSource?.contentHash)
    // The article's stored (never published) version still embeds the dropped item, so it is kept, not orphaned.
    expect(await contentCounts(t.payload)).toMatchObject({
      articles: 1,
      captions: 13,
      orphanCaptions: [],
      danglingEmbeds: [],
    })
  })

  it('deletes a caption item that neither the stored version nor the new revision shows', async () => {
    const file = path.join(dir, 'fixture.txt')
    const text = await readFile(file, 'utf8')
    await writeFile(file, `${text.trimEnd()}\n\n■2024年12月1日，新增的一幅图片说明。\n`)
    expect(await importFiles(t.payload, [file], { user: newsroom.editor })).toMatchObject({ updated: 1 })
    const added = embeddedCaptionIds((await imported(file)).body)
    expect(added).toHaveLength(13)
    expect(await contentCounts(t.payload)).toMatchObject({ captions: 14, orphanCaptions: [] })

    await writeFile(file, text)
    expect(await importFiles(t.payload, [file], { user: newsroom.editor })).toMatchObject({ updated: 1 })
    expect(embeddedCaptionIds((await imported(file)).body)).toEqual(added.slice(0, 12))
    expect(await contentCounts(t.payload)).toMatchObject({
      articles: 1,
      captions: 13,
      orphanCaptions: [],
      danglingEmbeds: [],
    })
  })

  it('updates a published article as a draft revision: the live story stays until it is published again', async () => {
    const file = path.join(dir, 'port.txt')
    await writeFile(file, generatedStory(7, 3))
    expect(await importFiles(t.payload, [file], { user: newsroom.editor, as: 'published' })).toMatchObject({
      imported: 1,
    })
    const live = await imported(file, false)
    expect(live._status).toBe('published')

    await writeFile(file, generatedStory(7, 2).replace('第1部分的第1段正文', '第1部分的第1段（修订）正文'))
    expect(await importFiles(t.payload, [file], { user: newsroom.editor })).toMatchObject({ updated: 1 })
    const stillLive = await imported(file, false)
    const revision = await imported(file, true)
    expect(stillLive).toMatchObject({ id: live.id, _status: 'published', updatedAt: live.updatedAt })
    expect(paragraphs(stillLive)).toEqual(paragraphs(live))
    expect(embeddedCaptionIds(stillLive.body)).toHaveLength(3)
    expect(revision).toMatchObject({ id: live.id, _status: 'draft' })
    expect(paragraphs(revision)[1]).toContain('第1部分的第1段（修订）正文')
    expect(embeddedCaptionIds(revision.body)).toHaveLength(2)
    // The live version still shows its third caption, so it is kept; nothing is orphaned.
    const counts = await contentCounts(t.payload)
    expect(counts).toMatchObject({ orphanCaptions: [], danglingEmbeds: [] })
    const anonymous = await t.payload.find({
      collection: 'articles',
      where: { id: { equals: live.id } },
      overrideAccess: false,
      depth: 0,
    })
    expect(paragraphs(anonymous.docs[0] as Article)).toEqual(paragraphs(live))

    expect(await importFiles(t.payload, [file], { user: newsroom.editor, as: 'published' })).toMatchObject({
      updated: 1,
    })
    const republished = await imported(file, false)
    expect(republished._status).toBe('published')
    expect(paragraphs(republished)[1]).toContain('（修订）')
    expect(await importFiles(t.payload, [file], { user: newsroom.editor, as: 'published' })).toMatchObject({
      skipped: 1,
    })
  })

  it('lets only an editor who signs the story off publish it: a desk editor is refused and nothing is left behind', async () => {
    const file = path.join(dir, 'desk.txt')
    await writeFile(file, generatedStory(12, 2))
    const counts = await contentCounts(t.payload)
    const refused = await importFiles(t.payload, [file], { user: newsroom.deskEditor, as: 'published' })
    expect(refused.failed).toEqual([
      expect.objectContaining({ file, reason: expect.stringContaining('cannot sign this story off') }),
    ])
    expect(await contentCounts(t.payload)).toEqual(counts)
  })

  it('refuses to publish for a reporter, in the publish step and for the whole story', async () => {
    const file = path.join(dir, 'reporter.txt')
    await writeFile(file, generatedStory(11, 2))
    const counts = await contentCounts(t.payload)
    const refused = await importFiles(t.payload, [file], { user: newsroom.reporter, as: 'published' })
    expect(refused.failed).toEqual([
      expect.objectContaining({ file, reason: expect.stringContaining('Only an editor or admin can publish') }),
    ])
    // The story's transaction rolled back: no draft article and no caption items were left behind.
    expect(await contentCounts(t.payload)).toEqual(counts)

    expect(await importFiles(t.payload, [file], { user: newsroom.reporter })).toMatchObject({ imported: 1 })
    const draft = await imported(file)
    const req = await createLocalReq({ user: newsroom.reporter }, t.payload)
    await expect(
      publishImportedArticle(t.payload, { id: draft.id, user: newsroom.reporter, req }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await imported(file, false))._status).toBe('draft')
  })
})
