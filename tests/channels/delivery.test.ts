import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import type { Article, ChannelVariant, User } from '../../src/payload-types'
import { fireWorkflow } from '../../src/workflow/localApi'
import { jpegBytes } from '../helpers/images'
import { startDelivery, republishArticle, type Delivery } from '../delivery/harness'
import { ninjsValidator } from '../delivery/ninjsValidator'

const wechat = 'qingdao-daily-wechat'
const variantHeadline = '机关党建答卷：市直机关高质量发展'

describe('一稿多签 delivery: /content/v1/channels', () => {
  let d: Delivery
  let staff: Record<'editor' | 'editor1' | 'chief', User>
  let master: Article
  let variant: ChannelVariant

  const staffUser = async (email: string) =>
    (await d.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs[0]

  const preflightAs = async (user: User, id: string) => {
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, d.payload)
    const { preflightEndpoint } = await import('../../src/channels/endpoints/preflight')
    req.routeParams = { id }
    return (await (await preflightEndpoint.handler(req)).json()) as {
      ok: boolean
      problems: { code: string; message: { zh: string } }[]
      rehost: string[]
      masterChangedSinceSigned: boolean
    }
  }

  type QueuedMessage = { event: string; occurredAt: string; collection: string; item: Record<string, any> }

  /** The webhook messages queued about one item (jobs are not run here: the message is what matters). */
  const queuedMessages = async (itemId: string, count: number) => {
    const find = async () =>
      (
        await d.payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'deliverWebhook' } },
          limit: 200,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
        .map((job) => (job.input as { payload: QueuedMessage }).payload)
        .filter((message) => message.item.id === itemId)
        .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    const until = Date.now() + 5_000
    while ((await find()).length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
    return find()
  }

  beforeAll(async () => {
    d = await startDelivery()
    await d.payload.create({
      collection: 'webhooks',
      data: { name: 'channels', url: 'http://127.0.0.1:9/hook', events: ['publish', 'withdraw', 'update'] },
      overrideAccess: true,
    })
    staff = {
      editor: await staffUser('editor@newsroom.local'),
      editor1: await staffUser('editor1@newsroom.local'),
      chief: await staffUser('chief@newsroom.local'),
    }
    master = (
      await d.payload.find({
        collection: 'articles',
        where: { slug: { equals: fixtureStorySlug } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  })

  afterAll(async () => {
    await d?.close()
  })

  it('lists the seeded channels with their brands; a channel nobody signed anything for has no stories', async () => {
    const channels = await d.json('/channels')
    expect(channels.status).toBe(200)
    expect(channels.body.items.map((item: { slug: string }) => item.slug).sort()).toEqual(
      ['guanhai-app', 'qingdao-daily-print', 'qingdao-daily-web', 'qingdao-daily-wechat'].sort(),
    )
    expect(channels.body.items.find((item: { slug: string }) => item.slug === wechat)).toMatchObject({
      kind: 'wechat',
      brand: { slug: 'qingdao-daily' },
    })
    expect((await d.json(`/channels/${wechat}/articles`)).body.items).toEqual([])
    expect((await d.json(`/channels/${wechat}/articles/${fixtureStorySlug}`)).status).toBe(404)
  })

  it('a WeChat variant is refused until its images are hosted by WeChat and it fits, then signed off by 终审', async () => {
    const channel = (
      await d.payload.find({ collection: 'channels', where: { slug: { equals: wechat } }, overrideAccess: true })
    ).docs[0]
    const data = await jpegBytes(1800, 1200)
    const cover = await d.payload.create({
      collection: 'media',
      data: { alt: '机关党建' },
      file: { data, mimetype: 'image/jpeg', name: 'wechat-cover.jpg', size: data.length },
      overrideAccess: true,
    })
    variant = (await d.payload.create({
      collection: 'channel-variants',
      data: { master: master.id, channel: channel.id, headline: variantHeadline, cover: cover.id, digest: '微信摘要' },
      user: staff.editor,
      overrideAccess: false,
      draft: true,
    })) as ChannelVariant
    await fireWorkflow(d.payload, {
      collection: 'channel-variants',
      id: variant.id,
      transition: 'submit',
      user: staff.editor,
    })
    await fireWorkflow(d.payload, {
      collection: 'channel-variants',
      id: variant.id,
      transition: 'approve',
      user: staff.editor1,
    })

    const before = await preflightAs(staff.chief, variant.id)
    expect(before.ok).toBe(false)
    // The fixture's 13 caption photos live on this server, not on mmbiz.qpic.cn.
    expect(before.rehost.length).toBe(13)
    expect(before.problems.every((problem) => problem.code === 'imageNotHosted')).toBe(true)
    await expect(
      fireWorkflow(d.payload, {
        collection: 'channel-variants',
        id: variant.id,
        transition: 'publish',
        user: staff.chief,
      }),
    ).rejects.toMatchObject({ status: 400 })

    await d.payload.update({
      collection: 'channel-variants',
      id: variant.id,
      data: {
        rehostedImages: before.rehost.map((source, index) => ({
          source,
          hosted: `http://mmbiz.qpic.cn/mmbiz_jpg/test${index}/0`,
        })),
      },
      user: staff.chief,
      overrideAccess: false,
      draft: true,
    })
    expect(await preflightAs(staff.chief, variant.id)).toMatchObject({ ok: true, problems: [], rehost: [] })
    const signed = await fireWorkflow(d.payload, {
      collection: 'channel-variants',
      id: variant.id,
      transition: 'publish',
      user: staff.chief,
    })
    expect(signed).toMatchObject({ to: 'published', status: 'published' })

    const [message] = await queuedMessages(variant.id, 1)
    expect(message).toMatchObject({
      event: 'publish',
      collection: 'channel-variants',
      item: {
        headline: variantHeadline,
        slug: fixtureStorySlug,
        channel: { slug: wechat, kind: 'wechat', name: '青岛日报微信公众号' },
        master: { id: master.id, slug: fixtureStorySlug },
        brands: [{ slug: 'qingdao-daily' }],
      },
    })
    expect(message.item.url).toContain(`/channels/${wechat}/articles/${variant.id}`)
  })

  it('serves the variant in the channel: its headline, the master as signed, ninjs that validates, a WeChat draft', async () => {
    const list = await d.json(`/channels/${wechat}/articles`)
    expect(list.status).toBe(200)
    expect(list.body.items).toHaveLength(1)
    expect(list.body.items[0]).toMatchObject({
      headline: variantHeadline,
      summary: '微信摘要',
      channel: { slug: wechat, kind: 'wechat' },
      inherits: { headline: false, digest: false, body: 'inherit' },
    })
    expect(list.body.items[0]).not.toHaveProperty('body')

    const item = await d.json(`/channels/${wechat}/articles/${fixtureStorySlug}`)
    expect(item.status).toBe(200)
    expect(item.body.variantId).toBe(variant.id)
    expect(item.body.body.html).toContain('机关')
    expect(JSON.stringify(item.body)).not.toMatch(/workflowState|owner|rehostedImages|editedBy/)
    expect((await d.json(`/channels/${wechat}/articles/${variant.id}`)).body.variantId).toBe(variant.id)

    const ninjs = await d.json(`/channels/${wechat}/articles/${fixtureStorySlug}?format=ninjs`)
    expect(ninjsValidator()(ninjs.body)).toEqual([])
    expect(ninjs.body.headlines[0].value).toBe(variantHeadline)

    const draft = await d.json(`/channels/${wechat}/articles/${fixtureStorySlug}?format=wechat`)
    expect(draft.status).toBe(200)
    const [article] = draft.body.payload.articles
    expect(article.title).toBe(variantHeadline)
    expect([...article.author].length).toBeLessThanOrEqual(16)
    expect(article.thumb_media_id).toBe('{{thumb_media_id}}')
    expect(draft.body.rehost).toEqual([])
    const sources = [...article.content.matchAll(/<img[^>]* src="([^"]+)"/g)].map((match) => match[1])
    expect(sources.length).toBe(13)
    expect(sources.every((src) => src.startsWith('http://mmbiz.qpic.cn/'))).toBe(true)
    expect(article.content).not.toMatch(/<script|<picture|srcset/)

    const rss = await d.get(`/channels/${wechat}/feed.rss`)
    expect(rss.status).toBe(200)
    expect(await rss.text()).toContain(variantHeadline)
  })

  it('answers bad requests clearly and keeps other channels empty', async () => {
    expect((await d.json(`/channels/no-such-channel/articles`)).status).toBe(404)
    expect((await d.json(`/channels/guanhai-app/articles/${fixtureStorySlug}`)).status).toBe(404)
    expect((await d.json(`/channels/guanhai-app/articles/${fixtureStorySlug}?format=wechat`)).status).toBe(400)
    expect((await d.json(`/channels/${wechat}/articles/${fixtureStorySlug}?format=docx`)).status).toBe(400)
    expect((await d.json(`/channels/${wechat}/articles?cursor=garbage!`)).status).toBe(400)
    expect((await d.json(`/channels/${wechat}/articles?limit=0`)).status).toBe(400)
    expect((await d.json(`/channels/${wechat}/articles/${"'; DROP TABLE channels;--"}`)).status).toBe(404)
  })

  it('a later revision of the master is not what the channel signed: it keeps serving the signed text', async () => {
    await republishArticle(d.payload, master.id, { headline: '主稿改题后重新签发' })
    const item = await d.json(`/channels/${wechat}/articles/${variant.id}`)
    expect(item.body.headline).toBe(variantHeadline)
    expect(item.body.body.html).not.toContain('主稿改题后重新签发')
    expect((await preflightAs(staff.chief, variant.id)).masterChangedSinceSigned).toBe(true)
  })

  it('a withdrawn master leaves the channel at once', async () => {
    const { fireTransition } = await import('../../src/workflow/fire')
    const req = await createLocalReq({ user: { ...staff.chief, collection: 'users' } }, d.payload)
    await fireTransition(d.payload, {
      collection: 'articles',
      id: master.id,
      transition: 'withdraw',
      actor: { kind: 'user', id: staff.chief.id, role: 'editor' },
      comment: '撤稿测试',
      req,
    })
    const until = Date.now() + 2_000
    let status = 200
    while (status === 200 && Date.now() < until) {
      status = (await d.json(`/channels/${wechat}/articles/${variant.id}`)).status
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(status).toBe(404)
    expect((await d.json(`/channels/${wechat}/articles`)).body.items).toEqual([])
    const messages = await queuedMessages(variant.id, 2)
    expect(messages.map((message) => [message.event, message.item.channel?.slug])).toEqual([
      ['publish', wechat],
      ['withdraw', wechat],
    ])
  })
})
