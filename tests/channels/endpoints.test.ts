import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { groupByChannel } from '../../src/admin/channelQueue'
import { queueRows } from '../../src/admin/queueRows'
import { overviewEndpoint, type MasterOverview } from '../../src/channels/endpoints/overview'
import { addDays, newsroomDay, tomorrowInNewsroom } from '../../src/channels/editionDay'
import { printPlanEndpoint, type PrintPlanAnswer } from '../../src/channels/endpoints/printPlan'
import { channelPresets, formatCropRatio, wechatLimits } from '../../src/channels/limits'
import type { Article, Channel, User } from '../../src/payload-types'
import { actorFromUser } from '../../src/workflow/actor'
import { workflowContext } from '../../src/workflow/context'
import { myQueue } from '../../src/workflow/queue'
import { createArticleIn, createPublishedArticle } from '../helpers/content'
import { lexicalBody } from '../helpers/lexical'
import { useNewsroom, type StaffKey } from '../helpers/newsroom'

const body = (...paragraphs: string[]) => lexicalBody(...paragraphs.map((paragraph) => ({ paragraph })))

const apiKey = 'print-plan-test-key-0123456789abcdef'

describe('一稿多签 for the desk: GET /api/channel-variants/print-plan and /overview', () => {
  const room = useNewsroom()
  // Tomorrow's paper, as the endpoint defaults to it (Asia/Shanghai).
  const day = tomorrowInNewsroom()
  let print: Channel
  let wechat: Channel
  /** Published; 40 字 (21 + 19). */
  let masterA: Article
  /** The reporter's draft; 23 字 (14 + 9). */
  let masterB: Article
  /** The correspondent's own draft; 15 字. */
  let masterC: Article
  /** On A10 with 30 planned: 40 字 is 33 % over. By the colleague, unpublished until 签发 below. */
  let variantA10: string
  /** On A2 with 24 planned: 23 字 is ok. */
  let variantA2: string
  /** The correspondent's own, on B1 without a plan. */
  let variantB1: string

  const get = <T = any>(path: string, as?: StaffKey, headers?: Record<string, string>) =>
    room.api.get<T>(path, { token: as ? room.tokens[as] : undefined, headers })
  const plan = (query: string, as: StaffKey = 'editor1') =>
    get<PrintPlanAnswer>(`/channel-variants/print-plan?${query}`, as)
  const overview = (masterId: string, as: StaffKey = 'editor1') =>
    get<MasterOverview>(`/channel-variants/overview?master=${masterId}`, as)
  const fire = async (id: string, transition: string, as: StaffKey) => {
    const response = await room.api.post(`/channel-variants/${id}/workflow/${transition}`, {
      token: room.tokens[as],
      body: {},
    })
    expect([transition, as, response.status]).toEqual([transition, as, 200])
  }
  const createVariant = async (as: StaffKey, data: Record<string, unknown>): Promise<string> => {
    const response = await room.api.post('/channel-variants', { token: room.tokens[as], body: data })
    expect(response.status).toBe(201)
    return response.body.doc.id as string
  }

  beforeAll(async () => {
    const { payload } = room.t
    const preset = channelPresets.find((channel) => channel.kind === 'print')!
    print = await payload.create({
      collection: 'channels',
      data: {
        name: preset.name,
        slug: preset.slug,
        kind: 'print',
        brand: room.n.daily.id,
        reviewLevels: 3,
        limits: { ...preset.limits, coverCrops: [] },
      },
      overrideAccess: true,
    })
    wechat = await payload.create({
      collection: 'channels',
      data: {
        name: '青岛日报微信公众号',
        slug: 'qingdao-daily-wechat',
        kind: 'wechat',
        brand: room.n.daily.id,
        reviewLevels: 2,
        limits: {
          ...wechatLimits,
          coverCrops: wechatLimits.coverCrops.map((ratio) => ({ ratio: formatCropRatio(ratio) })),
        },
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'api-clients',
      data: { name: '报纸排版系统', enableAPIKey: true, apiKey, scopes: ['published'] },
      overrideAccess: true,
    })
    masterA = await createPublishedArticle(payload, {
      headline: '市直机关党建工作综述',
      brands: [room.n.daily.id],
      owner: room.n.reporter.id,
      body: body('本报讯 2024年，市直机关党建工作取得新成效。', '各级机关党组织以党建引领保障高质量发展。'),
    })
    masterB = await createArticleIn(payload, 'draft', {
      headline: '崂山新建口袋公园',
      brands: [room.n.daily.id],
      owner: room.n.reporter.id,
      body: body('崂山区今年新建口袋公园十二处。', '市民休闲有了好去处。'),
    })
    masterC = await createArticleIn(payload, 'draft', {
      headline: '即墨古城游客高峰',
      brands: [room.n.daily.id],
      owner: room.n.correspondent.id,
      body: body('通讯员稿件：即墨古城迎来游客高峰。'),
    })

    // The edition date as the admin's day picker stores it (noon UTC), as local midnight, and as late evening.
    variantA10 = await createVariant('colleague', {
      master: masterA.id,
      channel: print.id,
      headline: '机关党建答卷',
      print: { editionDate: `${day}T12:00:00.000Z`, page: 'A10', plannedLength: 30 },
    })
    variantA2 = await createVariant('reporter', {
      master: masterB.id,
      channel: print.id,
      print: { editionDate: `${day}T00:00:00+08:00`, page: 'a2', plannedLength: 24 },
    })
    variantB1 = await createVariant('correspondent', {
      master: masterC.id,
      channel: print.id,
      print: { editionDate: `${day}T23:59:00+08:00`, page: 'B1' },
    })
    // Not in tomorrow's paper: the day after, and a withdrawn story.
    const later = await createPublishedArticle(payload, { headline: '后天见报', brands: [room.n.daily.id] })
    await createVariant('editor1', {
      master: later.id,
      channel: print.id,
      print: { editionDate: `${addDays(day, 1)}T00:00:00+08:00`, page: 'A1', plannedLength: 800 },
    })
    const withdrawn = await createPublishedArticle(payload, { headline: '已撤稿件', brands: [room.n.daily.id] })
    await payload.create({
      collection: 'channel-variants',
      data: {
        master: withdrawn.id,
        channel: print.id,
        bodyMode: 'inherit',
        workflowState: 'withdrawn',
        print: { editionDate: `${day}T12:00:00.000Z`, page: 'A3', plannedLength: 500 },
      },
      overrideAccess: true,
      context: workflowContext('system'),
    })
  })

  it('a newsroom day is the day in Asia/Shanghai, from local midnight to local midnight', () => {
    expect(newsroomDay('2026-12-05')).toEqual({
      start: '2026-12-04T16:00:00.000Z',
      end: '2026-12-05T16:00:00.000Z',
    })
    expect(tomorrowInNewsroom(new Date('2026-12-31T15:59:00.000Z'))).toBe('2027-01-01')
    expect(tomorrowInNewsroom(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-02')
  })

  it('is for staff only: 401 without a login (an API key logs nobody in on /api), 403 for anyone not on staff', async () => {
    const paths = [
      `/channel-variants/print-plan?channel=${print.slug}`,
      `/channel-variants/overview?master=${masterA.id}`,
    ]
    const key = { Authorization: `api-clients API-Key ${apiKey}` }
    for (const path of paths) {
      expect([path, (await get(path)).status]).toEqual([path, 401])
      expect([path, (await get(path, undefined, key)).status]).toEqual([path, 401])
    }
    // Logged in but not staff (an API client's identity, as a plugin or a future strategy might set it).
    const { docs } = await room.t.payload.find({ collection: 'api-clients', overrideAccess: true, limit: 1 })
    const req = await createLocalReq({ user: { ...docs[0], collection: 'api-clients' } }, room.t.payload)
    for (const endpoint of [printPlanEndpoint, overviewEndpoint]) {
      await expect(Promise.resolve().then(() => endpoint.handler(req))).rejects.toMatchObject({ status: 403 })
    }
  })

  it('refuses what is not a day or not a print channel with a 400 in both languages; an unknown channel is a 404', async () => {
    const refused = async (query: string, status: number) => {
      const response = await plan(query)
      expect([query, response.status]).toEqual([query, status])
      return response.body as unknown as {
        errors: { message: string; data: { message: { zh: string; en: string } } }[]
      }
    }
    const february = await refused(`channel=${print.slug}&date=2026-02-30`, 400)
    expect(february.errors[0].message).toContain('YYYY-MM-DD')
    expect(february.errors[0].data.message.zh).toContain('见报日期')
    for (const date of ["';DROP TABLE channel_variants;--", '', '2026-1-5', '2026-12-05T00:00', '20261205', '１２３'])
      await refused(`channel=${print.slug}&date=${encodeURIComponent(date)}`, 400)
    const notPrint = await refused(`channel=${wechat.slug}&date=${day}`, 400)
    expect(notPrint.errors[0].data.message.zh).toBe('“青岛日报微信公众号”是微信公众号渠道，版面计划只适用于报纸渠道')
    expect(notPrint.errors[0].message).toContain('not a print channel')
    await refused(`channel=${wechat.id}`, 400)
    await refused(`date=${day}`, 400)
    await refused(`channel=${encodeURIComponent("x' OR 1=1 --")}&date=${day}`, 404)
    await refused(`channel=00000000-0000-4000-8000-000000000000`, 404)

    expect((await get('/channel-variants/overview')).status).toBe(401)
    expect((await get('/channel-variants/overview', 'editor1')).status).toBe(400)
    expect((await get(`/channel-variants/overview?master=${encodeURIComponent("'; DROP")}`, 'editor1')).status).toBe(
      404,
    )
    expect((await overview('00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  it("lists tomorrow's paper by page (A2 before A10), planned against actual 字数, the story that runs long flagged", async () => {
    const response = await plan(`channel=${print.slug}`)
    expect(response.status).toBe(200)
    const answer = response.body
    expect(answer.date).toBe(day)
    expect(answer.channel).toMatchObject({ id: print.id, slug: print.slug, kind: 'print' })
    expect(answer.pages.map((page) => page.page)).toEqual(['A2', 'A10', 'B1'])
    const stories = answer.pages.flatMap((page) =>
      page.items.map(({ id, headline, plannedLength, actualLength, delta, flag, state, countedFrom }) => ({
        id,
        headline,
        plannedLength,
        actualLength,
        delta,
        flag,
        state,
        countedFrom,
      })),
    )
    expect(stories).toEqual([
      // The reporter's story is not published yet: counted from its latest draft.
      {
        id: variantA2,
        headline: '崂山新建口袋公园',
        plannedLength: 24,
        actualLength: 23,
        delta: -1,
        flag: 'ok',
        state: 'draft',
        countedFrom: 'draft',
      },
      // The variant's own headline, the master's live body: 40 字 for 30 planned.
      {
        id: variantA10,
        headline: '机关党建答卷',
        plannedLength: 30,
        actualLength: 40,
        delta: 10,
        flag: 'over',
        state: 'draft',
        countedFrom: 'live',
      },
      {
        id: variantB1,
        headline: '即墨古城游客高峰',
        plannedLength: null,
        actualLength: 15,
        delta: null,
        flag: 'unplanned',
        state: 'draft',
        countedFrom: 'draft',
      },
    ])
    expect(answer.pages[1]).toMatchObject({ page: 'A10', planned: 30, actual: 40 })

    // The same by id and with the date given; the next day has only its own story.
    const byId = await plan(`channel=${print.id}&date=${day}`)
    expect(byId.body.pages.map((page) => page.page)).toEqual(['A2', 'A10', 'B1'])
    const next = await plan(`channel=${print.slug}&date=${addDays(day, 1)}`)
    expect(next.body.pages.flatMap((page) => page.items.map((item) => item.headline))).toEqual(['后天见报'])
    expect((await plan(`channel=${print.slug}&date=${addDays(day, 30)}`)).body.pages).toEqual([])
  })

  it("a correspondent sees their own variant, never a colleague's unpublished one, in print-plan or overview", async () => {
    const mine = await plan(`channel=${print.slug}`, 'correspondent')
    expect(mine.status).toBe(200)
    expect(mine.body.pages.flatMap((page) => page.items.map((item) => item.id))).toEqual([variantB1])
    expect(JSON.stringify(mine.body)).not.toContain('机关党建答卷')

    // The story is published, so the correspondent may read it; the colleague's variant of it is not.
    const published = await overview(masterA.id, 'correspondent')
    expect(published.status).toBe(200)
    expect(published.body.channels.map((entry) => [entry.channel.slug, entry.variant])).toEqual([
      [print.slug, null],
      [wechat.slug, null],
    ])
    expect(JSON.stringify(published.body)).not.toContain(variantA10)
    // Someone else's draft story: as if it did not exist.
    expect((await overview(masterB.id, 'correspondent')).status).toBe(404)
    const own = await overview(masterC.id, 'correspondent')
    expect(own.body.channels.find((entry) => entry.channel.id === print.id)?.variant?.id).toBe(variantB1)
  })

  it("overview: every channel with the story's variant, its state and preflight, or null where there is none", async () => {
    const before = await overview(masterA.id)
    expect(before.status).toBe(200)
    expect(before.body.master).toEqual({ id: masterA.id, headline: '市直机关党建工作综述' })
    expect(before.body.channels.map((entry) => entry.channel.slug)).toEqual([print.slug, wechat.slug])
    const [onPrint, onWechat] = before.body.channels
    expect(onPrint.variant).toMatchObject({
      id: variantA10,
      title: '机关党建答卷',
      workflowState: 'draft',
      reviewLevels: 3,
      live: false,
      signedAt: null,
      masterChangedSinceSigned: false,
      preflight: { ok: true, problems: [], rehost: [] },
    })
    expect(onWechat.variant).toBeNull()

    // 新建渠道稿 as the panel does it; WeChat wants a cover, so its preflight says what is missing.
    const created = await createVariant('editorAtLarge', { master: masterA.id, channel: wechat.id })
    const after = await overview(masterA.id)
    const variant = after.body.channels[1].variant
    expect(variant).toMatchObject({ id: created, workflowState: 'draft', title: '市直机关党建工作综述' })
    expect(variant?.preflight.ok).toBe(false)
    expect(variant?.preflight.problems.map((problem) => problem.code)).toContain('coverMissing')
    expect(variant?.preflight.problems[0].message.zh).toMatch(/[\u4e00-\u9fff]/)
  })

  it('我的待办 shows channel variants under their channel, stories as before', async () => {
    await fire(variantA10, 'submit', 'colleague')
    const wechatVariant = (await overview(masterA.id)).body.channels[1].variant!.id
    await fire(wechatVariant, 'submit', 'editorAtLarge')
    await createArticleIn(room.t.payload, 'inReview', {
      headline: '初审中的稿件',
      reviewLevel: 1,
      brands: [room.n.daily.id],
      owner: room.n.reporter.id,
    })
    const editor1 = room.n.editor1 as User
    const req = await createLocalReq({ user: { ...editor1, collection: 'users' } }, room.t.payload)
    const rows = await queueRows(room.t.payload, req, await myQueue(room.t.payload, actorFromUser(req.user)!, req))
    const { items, channels } = groupByChannel(rows.review)
    expect(items.map((row) => [row.collection, row.title, row.channel])).toEqual([['articles', '初审中的稿件', null]])
    // The variant inherits the master's headline: the queue shows its list title, not its id.
    expect(
      Object.fromEntries(channels.map((group) => [group.channel.name, group.rows.map((row) => row.title)])),
    ).toEqual({
      [print.name]: ['机关党建答卷'],
      青岛日报微信公众号: ['市直机关党建工作综述'],
    })
    expect(rows.review.find((row) => row.id === variantA10)?.channel).toEqual({ id: print.id, name: print.name })
  })

  it('after 签发 the variant is live and signed; an edit of the master then shows as changed since sign-off', async () => {
    await fire(variantA10, 'approve', 'editor1')
    await fire(variantA10, 'approve', 'editor2')
    await fire(variantA10, 'publish', 'chief')
    const signed = (await overview(masterA.id)).body.channels[0].variant
    expect(signed).toMatchObject({ workflowState: 'published', live: true, masterChangedSinceSigned: false })
    expect(Date.parse(signed?.signedAt ?? '')).not.toBeNaN()
    // Published now: the correspondent sees it too.
    expect((await overview(masterA.id, 'correspondent')).body.channels[0].variant?.id).toBe(variantA10)

    const edit = await room.api.patch(`/articles/${masterA.id}?draft=true`, {
      token: room.tokens.chief,
      body: { headline: '市直机关党建工作综述（修订）' },
    })
    expect(edit.status).toBe(200)
    const changed = (await overview(masterA.id)).body.channels[0].variant
    expect(changed).toMatchObject({ workflowState: 'published', live: true, masterChangedSinceSigned: true })
    // The plan counts the master readers get (its live record), not the revision in progress.
    const answer = (await plan(`channel=${print.slug}&date=${day}`)).body
    expect(answer.pages.find((page) => page.page === 'A10')?.items[0]).toMatchObject({
      state: 'published',
      actualLength: 40,
      flag: 'over',
    })
  })
})
