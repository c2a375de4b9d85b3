import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Article } from '../../src/payload-types'
import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { createUser, testPassword } from '../helpers/users'
import { publishArticle, saveDraftRevision, startDelivery, type Delivery } from './harness'

const now = () => new Date().toISOString()

describe('the trash (回收站): a deletion loses nothing', () => {
  let d: Delivery
  let api: RestClient
  let tokens: { admin: string; editor: string; reporter: string }
  let story: Article
  let versionsBefore: number
  let auditBefore: number

  const versionCount = async (id: string) =>
    (
      await d.payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id } },
        limit: 1,
        overrideAccess: true,
      })
    ).totalDocs
  const auditCount = async (id: string) =>
    (await d.payload.count({ collection: 'workflow-audit', where: { itemId: { equals: id } }, overrideAccess: true }))
      .totalDocs
  const inTrash = (id: string) =>
    d.payload.findByID({ collection: 'articles', id, trash: true, overrideAccess: true, depth: 0 })

  beforeAll(async () => {
    d = await startDelivery()
    api = restClient(d.t.config)
    const [admin, editor, reporter] = await Promise.all(
      (['admin', 'editor', 'reporter'] as const).map((role) => createUser(d.payload, role)),
    )
    tokens = {
      admin: await tokenFor(d.payload, admin!.email, testPassword),
      editor: await tokenFor(d.payload, editor!.email, testPassword),
      reporter: await tokenFor(d.payload, reporter!.email, testPassword),
    }
    const { docs } = await d.payload.find({
      collection: 'articles',
      where: { slug: { equals: fixtureStorySlug } },
      overrideAccess: true,
      depth: 0,
    })
    story = docs[0] as Article
    versionsBefore = await versionCount(story.id)
    auditBefore = await auditCount(story.id)
  })
  afterAll(async () => {
    await d?.close()
  })

  it('serves the seeded story before anything is trashed (so the checks below can fail)', async () => {
    expect(await d.get('/brands/qingdao-daily/feed.rss').then((r) => r.text())).toContain(story.headline)
    const search = await d.json<{ items: { id: string }[] }>(`/search?q=${encodeURIComponent('机关党建')}`)
    expect(search.body.items.map((item) => item.id)).toContain(story.id)
  })

  it('an editor moves a published story to the trash as the admin does: every reader API forgets it, the stored story stays whole', async () => {
    expect((await d.get(`/articles/${fixtureStorySlug}`)).status).toBe(200)
    const trashed = await api.patch(`/articles/${story.id}`, { token: tokens.editor, body: { deletedAt: now() } })
    expect(trashed.status).toBe(200)

    expect((await d.get(`/articles/${fixtureStorySlug}`)).status).toBe(404)
    expect((await d.get(`/articles/${story.id}?format=ninjs`)).status).toBe(404)
    const search = await d.json<{ items: { id: string }[] }>(`/search?q=${encodeURIComponent('机关党建')}`)
    expect(search.body.items.map((item) => item.id)).not.toContain(story.id)
    const feed = await d.get('/brands/qingdao-daily/feed.rss')
    expect(feed.status).toBe(200)
    expect(await feed.text()).not.toContain(story.headline)
    const list = await d.json<{ items: { id: string }[] }>('/articles')
    expect(list.body.items.map((item) => item.id)).not.toContain(story.id)
    expect((await api.get(`/articles/${story.id}`)).status).toBe(404)
    expect(
      (await api.get(`/articles?where[slug][equals]=${encodeURIComponent(fixtureStorySlug)}`)).body.totalDocs,
    ).toBe(0)
    const graphql = await api.graphql(
      `{ Articles(where: { slug: { equals: "${fixtureStorySlug}" } }) { docs { id } } }`,
    )
    expect(graphql.body.data.Articles.docs).toEqual([])

    const stored = await inTrash(story.id)
    expect(stored).toMatchObject({
      headline: story.headline,
      _status: 'published',
      workflowState: 'published',
      slug: fixtureStorySlug,
    })
    expect(stored.deletedAt).toBeTruthy()
    expect(stored.brands).toEqual(story.brands)
    expect(stored.sections).toEqual(story.sections)
    expect(stored.body).toEqual(story.body)
  })

  it('reporters cannot trash, and nobody but an admin empties the trash', async () => {
    const own = await api.post('/articles', { token: tokens.reporter, body: { headline: '记者自己的草稿' } })
    expect(own.status).toBe(201)
    expect(
      (await api.patch(`/articles/${own.body.doc.id}`, { token: tokens.reporter, body: { deletedAt: now() } })).status,
    ).toBe(403)
    expect((await inTrash(own.body.doc.id)).deletedAt).toBeFalsy()

    for (const token of [undefined, tokens.reporter, tokens.editor]) {
      expect((await api.delete(`/articles/${story.id}?trash=true`, { token })).status).toBe(403)
    }
    expect((await inTrash(story.id)).headline).toBe(story.headline)
  })

  it('an admin cannot delete for good what is not in the trash', async () => {
    const live = await publishArticle(d.payload, { headline: '不在回收站的稿件' })
    const answer = await api.delete(`/articles/${live.id}`, { token: tokens.admin })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect((await d.get(`/articles/${live.slug}`)).status).toBe(200)
  })

  it('restoring brings the story back as it was, with its versions and audit history; a restore never publishes', async () => {
    // The admin's restore sends `_status` (published when "restore as published" is ticked): the live record decides.
    const restored = await api.patch(
      `/articles?trash=true&where[id][equals]=${story.id}&where[deletedAt][exists]=true`,
      {
        token: tokens.editor,
        body: { deletedAt: null, _status: 'published' },
      },
    )
    expect(restored.status).toBe(200)
    const back = await d.json<{ headline: string; id: string }>(`/articles/${fixtureStorySlug}`)
    expect(back.status).toBe(200)
    expect(back.body).toMatchObject({ id: story.id, headline: story.headline })
    expect(await versionCount(story.id)).toBeGreaterThanOrEqual(versionsBefore)
    expect(await auditCount(story.id)).toBe(auditBefore)
    expect((await api.get(`/articles/${story.id}`)).status).toBe(200)
  })

  it('a story trashed while a revision was pending comes back with its live version live and the revision unpublished', async () => {
    const live = await publishArticle(d.payload, { headline: '原来的标题' })
    await saveDraftRevision(d.payload, live.id, { headline: '未经审核的修订' })
    expect((await api.patch(`/articles/${live.id}`, { token: tokens.editor, body: { deletedAt: now() } })).status).toBe(
      200,
    )
    expect((await d.get(`/articles/${live.slug}`)).status).toBe(404)
    expect(
      (
        await api.patch(`/articles?trash=true&where[id][equals]=${live.id}`, {
          token: tokens.editor,
          body: { deletedAt: null },
        })
      ).status,
    ).toBe(200)
    const back = await d.json<{ headline: string }>(`/articles/${live.slug}`)
    expect(back.body.headline).toBe('原来的标题')
    const latest = await d.payload.findByID({ collection: 'articles', id: live.id, draft: true, overrideAccess: true })
    expect(latest.headline).toBe('未经审核的修订')
  })

  it('a save of the whole form, which carries deletedAt: null, is a content edit and never a restore or a trash', async () => {
    const live = await publishArticle(d.payload, { headline: '整表保存' })
    const form = {
      ...(await d.payload.findByID({
        collection: 'articles',
        id: live.id,
        draft: true,
        overrideAccess: true,
        depth: 0,
      })),
    }
    for (const key of [
      'id',
      'createdAt',
      'updatedAt',
      '_status',
      'workflowState',
      'reviewLevel',
      'scheduledAt',
      'withdrawAt',
      'owner',
      'byline',
      'publishedAt',
    ])
      delete (form as Record<string, unknown>)[key]
    const autosave = await api.patch(`/articles/${live.id}?draft=true&autosave=true`, {
      token: tokens.editor,
      body: { ...form, headline: '整表保存 修订', deletedAt: null },
    })
    expect(autosave.status).toBe(200)
    const latest = await d.payload.findByID({ collection: 'articles', id: live.id, draft: true, overrideAccess: true })
    expect(latest).toMatchObject({ headline: '整表保存 修订', workflowState: 'draft' })
    expect((await d.json<{ headline: string }>(`/articles/${live.slug}`)).body.headline).toBe('整表保存')

    const withStamp = await api.patch(`/articles/${live.id}?draft=true`, {
      token: tokens.editor,
      body: { ...form, headline: '整表保存 再改', deletedAt: now() },
    })
    expect(withStamp.status).toBe(200)
    expect((await d.get(`/articles/${live.slug}`)).status).toBe(200)
    expect((await inTrash(live.id)).deletedAt).toBeFalsy()
  })

  it('an admin empties the trash: the item is gone for good', async () => {
    const doomed = await publishArticle(d.payload, { headline: '将被永久删除' })
    expect(
      (await api.patch(`/articles/${doomed.id}`, { token: tokens.admin, body: { deletedAt: now() } })).status,
    ).toBe(200)
    expect((await api.delete(`/articles/${doomed.id}?trash=true`, { token: tokens.admin })).status).toBe(200)
    await expect(inTrash(doomed.id)).rejects.toMatchObject({ status: 404 })
  })
})
