import { describe, expect, it } from '@jest/globals'

import { wechatLimits, formatCropRatio } from '../../src/channels/limits'
import type { Channel } from '../../src/payload-types'
import { workflowContext } from '../../src/workflow/context'
import { createPublishedArticle } from '../helpers/content'
import { jpegBytes } from '../helpers/images'
import { lexicalBody } from '../helpers/lexical'
import { useNewsroom } from '../helpers/newsroom'

const longHeadline = '青岛市直机关党建工作综述：以高质量党建引领保障高质量发展，交出新时代机关答卷'

const wechatChannel = (brand: string) => ({
  name: '青岛日报微信公众号',
  kind: 'wechat',
  brand,
  reviewLevels: 2,
  limits: {
    ...wechatLimits,
    coverCrops: wechatLimits.coverCrops.map((ratio) => ({ ratio: formatCropRatio(ratio) })),
  },
})

const body = (...paragraphs: string[]) => lexicalBody(...paragraphs.map((paragraph) => ({ paragraph })))

describe('一稿多签: channel variants signed off per channel', () => {
  const room = useNewsroom()
  let channel: Channel
  let masterId: string
  let variantId: string

  it('an admin configures a channel; a bad configuration is a 400 naming the field and stores nothing', async () => {
    const bad = [
      { limits: { ...wechatChannel('').limits, coverCrops: [{ ratio: '0:1' }] } },
      { limits: { ...wechatChannel('').limits, imageHosts: ['http://mmbiz.qpic.cn/path'] } },
      { limits: { ...wechatChannel('').limits, titleMax: -3 } },
      { reviewLevels: 7 },
      { kind: 'fax' },
    ]
    for (const change of bad) {
      const response = await room.api.post('/channels', {
        token: room.tokens.admin,
        body: { ...wechatChannel(room.n.daily.id), ...change },
      })
      expect([JSON.stringify(change), response.status]).toEqual([JSON.stringify(change), 400])
    }
    expect((await room.t.payload.count({ collection: 'channels', overrideAccess: true })).totalDocs).toBe(0)
    const refused = await room.api.post('/channels', { token: room.tokens.chief, body: wechatChannel(room.n.daily.id) })
    expect(refused.status).toBe(403)

    const created = await room.api.post('/channels', { token: room.tokens.admin, body: wechatChannel(room.n.daily.id) })
    expect(created.status).toBe(201)
    channel = created.body.doc
    expect(channel.limits?.coverCrops?.map((row) => row.ratio)).toEqual(['2.35:1', '1:1'])
  })

  it('staff start a variant of a story they may read; it takes the channel brand and levels, once per channel', async () => {
    const master = await createPublishedArticle(room.t.payload, {
      headline: longHeadline,
      summary: '全市机关党建工作综述',
      brands: [room.n.daily.id],
      body: body('本报讯 2024年，市直机关党建工作取得新成效。', '各级机关党组织以党建引领保障高质量发展。'),
      contributors: [{ role: 'reporter', name: '任晓萌', user: room.n.reporter.id }],
    })
    masterId = master.id
    const created = await room.api.post('/channel-variants', {
      token: room.tokens.editorAtLarge,
      body: { master: masterId, channel: channel.id, reviewLevels: 1, brands: [room.n.app.id] },
    })
    expect(created.status).toBe(201)
    variantId = created.body.doc.id
    const stored = await room.t.payload.findByID({
      collection: 'channel-variants',
      id: variantId,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    // Forged brands and levels are ignored: the channel decides both.
    expect(stored).toMatchObject({ brands: [room.n.daily.id], reviewLevels: 2, workflowState: 'draft' })
    expect(stored.title).toBe(longHeadline)

    const again = await room.api.post('/channel-variants', {
      token: room.tokens.editor1,
      body: { master: masterId, channel: channel.id },
    })
    expect(again.status).toBe(400)

    const secret = await room.t.payload.create({
      collection: 'articles',
      data: { headline: '同事未发稿', brands: [room.n.daily.id] },
      user: room.n.colleague,
      overrideAccess: false,
    })
    const peek = await room.api.post('/channel-variants', {
      token: room.tokens.correspondent,
      body: { master: secret.id, channel: channel.id },
    })
    expect(peek.status).toBe(400)
    expect(JSON.stringify(peek.body)).not.toContain('同事未发稿')

    const rebind = await room.api.patch(`/channel-variants/${variantId}`, {
      token: room.tokens.editorAtLarge,
      body: { master: secret.id },
    })
    expect(rebind.status).toBe(400)
  })

  it('nothing unsigned reaches readers: REST and GraphQL show anonymous readers no draft variant', async () => {
    expect((await room.api.get(`/channel-variants/${variantId}`)).status).toBe(404)
    const list = await room.api.get('/channel-variants')
    expect([list.status, list.body.docs ?? []]).toEqual([200, []])
    const graph = await room.api.graphql('{ ChannelVariants { docs { id title } } }')
    expect(graph.body.data?.ChannelVariants?.docs ?? []).toEqual([])
  })

  it('签发 is refused while preflight fails, with the reasons in Chinese, and nothing changes', async () => {
    const submit = await room.api.post(`/channel-variants/${variantId}/workflow/submit`, {
      token: room.tokens.editorAtLarge,
      body: {},
    })
    expect(submit.body).toMatchObject({ state: 'inReview', reviewLevel: 1 })
    const approve = await room.api.post(`/channel-variants/${variantId}/workflow/approve`, {
      token: room.tokens.editor1,
      body: {},
    })
    expect(approve.status).toBe(200)
    expect(approve.body).toMatchObject({ state: 'inReview', reviewLevel: 2 })
    // Two levels for the channel on a three-level brand: the last is the brand's last, 终审 by the chief.
    const editor2 = await room.api.post(`/channel-variants/${variantId}/workflow/publish`, {
      token: room.tokens.editor2,
      body: {},
    })
    expect(editor2.status).toBe(403)

    const refused = await room.api.post(`/channel-variants/${variantId}/workflow/publish`, {
      token: room.tokens.chief,
      body: {},
      headers: { 'Accept-Language': 'zh' },
    })
    expect(refused.status).toBe(400)
    const text = JSON.stringify(refused.body)
    expect(text).toContain('标题')
    expect(text).toContain('32')
    expect(text).toContain('封面')
    const unchanged = await room.t.payload.findByID({
      collection: 'channel-variants',
      id: variantId,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(unchanged).toMatchObject({ workflowState: 'inReview', reviewLevel: 2, _status: 'draft' })
  })

  it('once the variant fits the channel the chief signs it off: readers get it, composed with the master as signed', async () => {
    const data = await jpegBytes(1800, 1200)
    const cover = await room.t.payload.create({
      collection: 'media',
      data: { alt: '机关党建' },
      file: { data, mimetype: 'image/jpeg', name: 'cover.jpg', size: data.length },
      overrideAccess: true,
    })
    const edit = await room.api.patch(`/channel-variants/${variantId}?draft=true`, {
      token: room.tokens.chief,
      body: { headline: '市直机关交出高质量党建答卷', cover: cover.id, digest: '微信摘要' },
    })
    expect(edit.status).toBe(200)
    const signed = await room.api.post(`/channel-variants/${variantId}/workflow/publish`, {
      token: room.tokens.chief,
      body: {},
    })
    expect(signed.status).toBe(200)
    expect(signed.body).toMatchObject({ state: 'published' })

    const read = await room.api.get(`/channel-variants/${variantId}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ headline: '市直机关交出高质量党建答卷', _status: 'published' })
    expect(read.body.signedMaster.snapshot).toMatchObject({ id: masterId, headline: longHeadline })
    expect(read.body).not.toHaveProperty('workflowState')
  })

  it('withdrawing the master withdraws the variant in the same step, recorded as 随主稿撤稿', async () => {
    const withdrawn = await room.api.post(`/articles/${masterId}/workflow/withdraw`, {
      token: room.tokens.chief,
      body: { comment: '内容有误' },
    })
    expect(withdrawn.status).toBe(200)
    const variant = await room.t.payload.findByID({
      collection: 'channel-variants',
      id: variantId,
      depth: 0,
      overrideAccess: true,
    })
    expect(variant).toMatchObject({ workflowState: 'withdrawn', _status: 'draft' })
    expect((await room.api.get(`/channel-variants/${variantId}`)).status).toBe(404)
    const audit = await room.t.payload.find({
      collection: 'workflow-audit',
      where: { itemId: { equals: variantId } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(audit.docs[0]).toMatchObject({ transition: 'withdrawWithMaster', from: 'published', to: 'withdrawn' })
  })

  it('a variant scheduled for its channel is published by the job runner with the master as it then is', async () => {
    const { payload } = room.t
    const print = await payload.create({
      collection: 'channels',
      data: { name: '青岛日报（报纸）', kind: 'print', brand: room.n.app.id, reviewLevels: 1 },
      overrideAccess: true,
    })
    const story = await createPublishedArticle(payload, { headline: '定时见报的稿件', brands: [room.n.app.id] })
    const created = await room.api.post('/channel-variants', {
      token: room.tokens.reporter,
      body: { master: story.id, channel: print.id, print: { page: 'A2', plannedLength: 800 } },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const fire = (transition: string, token: string, body: Record<string, unknown> = {}) =>
      room.api.post(`/channel-variants/${id}/workflow/${transition}`, { token, body })
    expect((await fire('submit', room.tokens.reporter)).body).toMatchObject({ state: 'inReview', reviewLevel: 1 })
    // One level for this channel: its only level is the brand's last, 终审 by the chief.
    expect((await fire('approve', room.tokens.editor1)).status).toBe(403)
    expect((await fire('approve', room.tokens.chief)).body).toMatchObject({ state: 'approved' })
    const publishAt = new Date(Date.now() + 1_500).toISOString()
    expect((await fire('schedule', room.tokens.chief, { publishAt })).body).toMatchObject({ state: 'scheduled' })
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { headline: '定时见报的稿件（终稿）', _status: 'published', workflowState: 'published' },
      draft: false,
      overrideAccess: true,
      context: workflowContext('system'),
    })
    await payload.jobs.run()
    expect((await room.api.get(`/channel-variants/${id}`)).status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    await payload.jobs.run()
    const read = await room.api.get(`/channel-variants/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.signedMaster.snapshot.headline).toBe('定时见报的稿件（终稿）')
    expect(read.body.print).toMatchObject({ page: 'A2', plannedLength: 800 })
  })
})
