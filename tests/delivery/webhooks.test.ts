import { createHmac, timingSafeEqual } from 'node:crypto'
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { hostname } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { postJson } from '../../src/delivery/webhooks/send'
import { webhookUrlProblem } from '../../src/delivery/webhooks/target'
import type { Article, Section, Webhook, WebhookDelivery } from '../../src/payload-types'
import { fireWorkflow } from '../../src/workflow/localApi'
import { createArticleIn } from '../helpers/content'
import { createNewsroom, type Newsroom } from '../helpers/newsroom'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { testPassword } from '../helpers/users'
import { lexicalBody, saveDraftRevision, startDelivery, type Delivery } from './harness'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// ---- a real receiver on 127.0.0.1 ---------------------------------------------------------------------------------

interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
}
type Answer = number | 'hang'

const startReceiver = async () => {
  const received: Received[] = []
  const answers = new Map<string, Answer[]>()
  const hangMs = 10_000
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const queue = answers.get(path) ?? []
      const answer = queue.length > 1 ? (queue.shift() as Answer) : (queue[0] ?? 204)
      if (answer !== 'hang') return void res.writeHead(answer).end()
      const timer = setTimeout(() => res.writeHead(200).end(), hangMs)
      res.on('close', () => clearTimeout(timer))
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    port,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    at: (path: string) => received.filter((entry) => entry.path === path),
    answer: (path: string, ...sequence: Answer[]) => answers.set(path, sequence),
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** The verification function from docs/webhooks.md, run exactly as documented. */
const documentedVerifier = async () => {
  const docs = await readFile('docs/webhooks.md', 'utf8')
  const block = docs.match(/```js\n(import \{ createHmac, timingSafeEqual \} from 'node:crypto'[\s\S]*?)```/)?.[1]
  if (!block) throw new Error('docs/webhooks.md lost its verification snippet')
  const source = block.replace(/^import .*$/m, '')
  type Verify = (secret: string, rawBody: string, headers: IncomingHttpHeaders, toleranceSeconds?: number) => boolean
  return new Function('createHmac', 'timingSafeEqual', `${source}\nreturn verifyNewsroomWebhook`)(
    createHmac,
    timingSafeEqual,
  ) as Verify
}

describe('webhooks', () => {
  let d: Delivery
  let api: RestClient
  let n: Newsroom
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let verify: Awaited<ReturnType<typeof documentedVerifier>>
  let adminToken: string
  const sections: Record<'city' | 'party' | 'retry' | 'hang', Section> = {} as never
  const hooks: Record<'all' | 'daily' | 'app' | 'city' | 'inactive' | 'withdrawOnly' | 'flaky' | 'hanging', Webhook> =
    {} as never

  const webhook = (name: keyof typeof hooks, data: Partial<Omit<Webhook, 'id'>>) =>
    d.payload.create({
      collection: 'webhooks',
      data: { name, url: receiver.url(`/${name}`), events: ['publish', 'withdraw', 'update'], ...data },
      overrideAccess: true,
    })

  const jobsFor = async (itemId: string) => {
    const { docs } = await d.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverWebhook' } },
      limit: 500,
      depth: 0,
      overrideAccess: true,
    })
    return docs.filter((job) => (job.input as { payload?: { item?: { id?: string } } }).payload?.item?.id === itemId)
  }
  const waitForJobs = async (itemId: string, count: number) => {
    const until = Date.now() + 5_000
    while ((await jobsFor(itemId)).length < count && Date.now() < until) await sleep(20)
    // Anything more would have been queued by now: the dispatcher queues all of an event's jobs in one go.
    await sleep(100)
    return jobsFor(itemId)
  }
  const hooksOf = async (itemId: string) =>
    (await jobsFor(itemId))
      .map(
        (job) => Object.entries(hooks).find(([, hook]) => hook.id === (job.input as { webhook: string }).webhook)?.[0],
      )
      .sort()
  const runJobs = () => d.payload.jobs.run({ queue: 'webhooks', limit: 50 })
  const deliveriesOf = async (hook: Webhook, itemId: string) =>
    (
      await d.payload.find({
        collection: 'webhook-deliveries',
        where: { and: [{ webhook: { equals: hook.id } }, { itemId: { equals: itemId } }] },
        sort: 'attempt',
        depth: 0,
        limit: 50,
        overrideAccess: true,
      })
    ).docs as WebhookDelivery[]
  const bodiesAt = (name: keyof typeof hooks, itemId: string) =>
    receiver.at(`/${name}`).filter((entry) => JSON.parse(entry.body).item.id === itemId)

  const approvedArticle = (headline: string, data: Partial<Article> = {}) =>
    createArticleIn(d.payload, 'approved', {
      headline,
      brands: [n.daily.id],
      sections: [sections.party.id],
      owner: n.reporter.id,
      contributors: [{ role: 'reporter', name: '任晓萌', user: n.reporter.id }],
      body: lexicalBody({ paragraph: `${headline}正文` }),
      ...data,
    })
  const publish = (article: Article) =>
    fireWorkflow(d.payload, { collection: 'articles', id: article.id, transition: 'publish', user: n.chief })

  beforeAll(async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    process.env.WEBHOOK_RETRY_BASE_MS = '1'
    receiver = await startReceiver()
    verify = await documentedVerifier()
    d = await startDelivery({ seeded: false })
    api = restClient(d.t.config)
    n = await createNewsroom(d.payload)
    adminToken = await tokenFor(d.payload, n.admin.email, testPassword)
    const section = (name: string, slug: string, parent?: string) =>
      d.payload.create({
        collection: 'sections',
        data: { name, slug, brands: [n.daily.id, n.app.id], parent },
        overrideAccess: true,
      })
    sections.city = await section('城事', 'city')
    sections.party = await section('机关党建', 'jiguan-dangjian', sections.city.id)
    sections.retry = await section('重试', 'retry')
    sections.hang = await section('挂起', 'hang')

    hooks.all = await webhook('all', { secret: 'all-receivers-secret-0123456789' })
    hooks.daily = await webhook('daily', { brands: [n.daily.id] })
    hooks.app = await webhook('app', { brands: [n.app.id] })
    hooks.city = await webhook('city', { sections: [sections.city.id] })
    hooks.inactive = await webhook('inactive', { active: false })
    hooks.withdrawOnly = await webhook('withdrawOnly', { events: ['withdraw'] })
    hooks.flaky = await webhook('flaky', { sections: [sections.retry.id] })
    hooks.hanging = await webhook('hanging', { sections: [sections.hang.id] })
  })
  afterAll(async () => {
    await d?.close()
    await receiver?.close()
  })

  it('runs with the tests’ retry delay (set before Payload loaded its config)', () => {
    const task = d.t.config.jobs.tasks?.find((candidate) => candidate.slug === 'deliverWebhook')
    expect(task?.retries).toEqual({ attempts: 6, backoff: { type: 'exponential', delay: 1 } })
  })

  it('a sign-off queues one job per matching webhook; the receiver gets a signed message that verifies as documented', async () => {
    const article = await approvedArticle('机关党建新闻发布', { kicker: '引题', summary: '导语' })
    await d.payload.create({
      collection: 'editorial-comments',
      data: { item: { relationTo: 'articles', value: article.id }, text: '内部意见：暂缓配图' },
      user: n.editor1,
      overrideAccess: true,
    })
    await publish(article)

    // Inactive, other-brand and withdraw-only webhooks get nothing; the section filter takes sub-sections.
    await waitForJobs(article.id, 3)
    expect(await hooksOf(article.id)).toEqual(['all', 'city', 'daily'])
    expect(receiver.received).toHaveLength(0)

    await runJobs()
    const [delivery] = bodiesAt('all', article.id)
    expect(bodiesAt('daily', article.id)).toHaveLength(1)
    expect(bodiesAt('city', article.id)).toHaveLength(1)
    for (const name of ['app', 'inactive', 'withdrawOnly'] as const) expect(bodiesAt(name, article.id)).toHaveLength(0)

    expect(verify('all-receivers-secret-0123456789', delivery.body, delivery.headers)).toBe(true)
    expect(verify('another-secret', delivery.body, delivery.headers)).toBe(false)
    expect(
      verify(
        'all-receivers-secret-0123456789',
        delivery.body.replace('机关党建新闻发布', '篡改的标题'),
        delivery.headers,
      ),
    ).toBe(false)
    expect(
      verify('all-receivers-secret-0123456789', delivery.body, {
        ...delivery.headers,
        'x-newsroom-timestamp': String(Number(delivery.headers['x-newsroom-timestamp']) - 1),
      }),
    ).toBe(false)
    expect(verify('all-receivers-secret-0123456789', delivery.body, delivery.headers, -1)).toBe(false)
    const daily = bodiesAt('daily', article.id)[0]
    const dailySecret = (await d.payload.findByID({ collection: 'webhooks', id: hooks.daily.id, overrideAccess: true }))
      .secret as string
    expect(dailySecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)
    expect(verify(dailySecret, daily.body, daily.headers)).toBe(true)

    const message = JSON.parse(delivery.body)
    expect(delivery.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(delivery.headers['x-newsroom-event']).toBe('publish')
    expect(delivery.headers['x-newsroom-delivery']).toBe(message.id)
    expect(JSON.parse(daily.body).id).toBe(message.id)
    expect(Object.keys(message)).toEqual(['id', 'event', 'occurredAt', 'collection', 'item'])
    expect(message).toMatchObject({ event: 'publish', collection: 'articles' })
    expect(Object.keys(message.item)).toEqual(['id', 'slug', 'headline', 'url', 'brands', 'sections'])
    expect(message.item).toEqual({
      id: article.id,
      slug: article.slug,
      headline: '机关党建新闻发布',
      url: `${process.env.SERVER_URL ?? 'http://localhost:3000'}/articles/${encodeURIComponent(article.slug as string)}`,
      brands: [{ id: n.daily.id, slug: n.daily.slug, name: '青岛日报' }],
      sections: [{ id: sections.party.id, slug: 'jiguan-dangjian', name: '机关党建' }],
    })
    // Nothing staff-only travels: no workflow state, owners, accounts, comments or body.
    for (const secret of [
      'workflowState',
      'owner',
      'reviewLevel',
      'contributors',
      n.reporter.id,
      n.reporter.email,
      n.chief.id,
      '内部意见',
      '正文',
      'importSource',
    ]) {
      expect([secret, delivery.body.includes(secret)]).toEqual([secret, false])
    }

    const logged = await deliveriesOf(hooks.all, article.id)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({
      event: 'publish',
      attempt: 1,
      statusCode: 204,
      messageId: message.id,
      itemCollection: 'articles',
    })
    expect(logged[0].error ?? null).toBeNull()
    expect(logged[0].durationMs).toBeGreaterThanOrEqual(0)
  })

  it('drafts, autosaves and review steps never send anything; a signed-off revision sends update, a withdrawal withdraw', async () => {
    const draft = await createArticleIn(d.payload, 'draft', {
      headline: '只是草稿',
      brands: [n.daily.id],
      owner: n.reporter.id,
    })
    await d.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { headline: '草稿再改' },
      draft: true,
      user: n.reporter,
      overrideAccess: false,
    })
    await fireWorkflow(d.payload, { collection: 'articles', id: draft.id, transition: 'submit', user: n.reporter })
    await fireWorkflow(d.payload, { collection: 'articles', id: draft.id, transition: 'approve', user: n.editor1 })
    await sleep(300)
    expect(await jobsFor(draft.id)).toHaveLength(0)

    const story = await createArticleIn(d.payload, 'approved', {
      headline: '观海新闻首发',
      brands: [n.app.id],
      owner: n.reporter.id,
    })
    await fireWorkflow(d.payload, { collection: 'articles', id: story.id, transition: 'publish', user: n.chief })
    await waitForJobs(story.id, 2)
    expect(await hooksOf(story.id)).toEqual(['all', 'app'])
    await runJobs()

    // A revision of the live story: edits and review steps change nothing readers see.
    await d.payload.update({
      collection: 'articles',
      id: story.id,
      data: { headline: '观海新闻首发（更新）' },
      draft: true,
      user: n.editor1,
      overrideAccess: false,
    })
    await saveDraftRevision(d.payload, story.id, { summary: '自动保存' })
    await fireWorkflow(d.payload, { collection: 'articles', id: story.id, transition: 'submit', user: n.editor1 })
    await fireWorkflow(d.payload, { collection: 'articles', id: story.id, transition: 'approve', user: n.editor1 })
    await sleep(300)
    expect(await jobsFor(story.id)).toHaveLength(0)
    expect((await d.json(`/articles/${story.id}`)).body.headline).toBe('观海新闻首发')

    await fireWorkflow(d.payload, { collection: 'articles', id: story.id, transition: 'publish', user: n.chief })
    await waitForJobs(story.id, 2)
    await runJobs()
    await fireWorkflow(d.payload, {
      collection: 'articles',
      id: story.id,
      transition: 'withdraw',
      user: n.chief,
      comment: '信息有误，撤稿',
    })
    await waitForJobs(story.id, 3)
    expect(await hooksOf(story.id)).toEqual(['all', 'app', 'withdrawOnly'])
    await runJobs()

    const events = bodiesAt('all', story.id).map((entry) => JSON.parse(entry.body))
    expect(events.map((message) => [message.event, message.item.headline])).toEqual([
      ['publish', '观海新闻首发'],
      ['update', '观海新闻首发（更新）'],
      ['withdraw', '观海新闻首发（更新）'],
    ])
    expect(new Set(events.map((message) => message.id)).size).toBe(3)
    expect(bodiesAt('withdrawOnly', story.id).map((entry) => JSON.parse(entry.body).event)).toEqual(['withdraw'])
  })

  it('a receiver that answers 500 is retried with exponential backoff until it accepts; every attempt is logged', async () => {
    receiver.answer('/flaky', 500, 500, 200)
    const article = await approvedArticle('重试测试', { sections: [sections.retry.id] })
    await publish(article)
    await waitForJobs(article.id, 2)
    for (let run = 0; run < 40 && bodiesAt('flaky', article.id).length < 3; run++) {
      await runJobs()
      await sleep(10)
    }
    const attempts = bodiesAt('flaky', article.id)
    expect(attempts).toHaveLength(3)
    // The same message each time, freshly signed.
    expect(new Set(attempts.map((attempt) => JSON.parse(attempt.body).id)).size).toBe(1)
    for (const attempt of attempts)
      expect(verify(hooks.flaky.secret as string, attempt.body, attempt.headers)).toBe(true)

    const logged = await deliveriesOf(hooks.flaky, article.id)
    expect(logged.map((entry) => [entry.attempt, entry.statusCode, entry.error ?? null])).toEqual([
      [1, 500, 'The receiver answered 500'],
      [2, 500, 'The receiver answered 500'],
      [3, 200, null],
    ])
    expect(await jobsFor(article.id)).toHaveLength(0)
  })

  it('the publish request is not slowed by a receiver that hangs; the job gives up after 5 s and logs the timeout', async () => {
    receiver.answer('/hanging', 'hang')
    const chiefToken = await tokenFor(d.payload, n.chief.email, testPassword)
    const first = await approvedArticle('挂起的接收方一', { sections: [sections.hang.id] })
    const second = await approvedArticle('挂起的接收方二', { sections: [sections.hang.id] })

    let started = performance.now()
    const published = await api.post(`/articles/${first.id}/workflow/publish`, { token: chiefToken, body: {} })
    expect(published.status).toBe(200)
    expect(performance.now() - started).toBeLessThan(2_000)
    await waitForJobs(first.id, 2)

    // The jobs runner is now talking to the hanging receiver; an editor publishes meanwhile.
    const runStarted = performance.now()
    const running = runJobs()
    while (bodiesAt('hanging', first.id).length === 0 && performance.now() - runStarted < 3_000) await sleep(10)
    expect(bodiesAt('hanging', first.id)).toHaveLength(1)
    started = performance.now()
    expect((await api.post(`/articles/${second.id}/workflow/publish`, { token: chiefToken, body: {} })).status).toBe(
      200,
    )
    expect(performance.now() - started).toBeLessThan(2_000)
    expect((await d.json(`/articles/${second.id}`)).status).toBe(200)

    await running
    const runTime = performance.now() - runStarted
    expect(runTime).toBeGreaterThanOrEqual(4_900)
    expect(runTime).toBeLessThan(8_000)
    const [timedOut] = await deliveriesOf(hooks.hanging, first.id)
    expect(timedOut).toMatchObject({ attempt: 1, statusCode: null, event: 'publish' })
    expect(timedOut.error).toMatch(/timeout/)
    expect(timedOut.durationMs).toBeGreaterThanOrEqual(4_900)
    expect(timedOut.durationMs).toBeLessThan(6_500)
    expect((await deliveriesOf(hooks.all, first.id))[0].statusCode).toBe(204)

    // Switched off, a webhook's pending deliveries (the retry, the second story) send nothing more.
    await d.payload.update({
      collection: 'webhooks',
      id: hooks.hanging.id,
      data: { active: false },
      overrideAccess: true,
    })
    await waitForJobs(second.id, 2)
    const before = receiver.at('/hanging').length
    await sleep(20)
    await runJobs()
    expect(receiver.at('/hanging')).toHaveLength(before)
    expect(await deliveriesOf(hooks.hanging, second.id)).toHaveLength(0)
  }, 30_000)

  it('receiver URLs: http(s) only; in production no loopback or private hosts unless WEBHOOK_ALLOW_PRIVATE=true', async () => {
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      const response = await api.post('/webhooks', {
        token: adminToken,
        body: { name: 'bad', url, events: ['publish'] },
      })
      expect([url, response.status]).toEqual([url, 400])
    }
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://localhost/hook',
      'http://10.1.2.3/',
      'http://172.20.0.5/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/',
      'http://[fd00::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://intranet.local/',
    ]) {
      expect([url, webhookUrlProblem(url, { allowPrivate: false })]).toEqual([
        url,
        'messages:delivery:target:webhookUrlPointsTo',
      ])
      expect(webhookUrlProblem(url, { allowPrivate: true })).toBeNull()
    }
    expect(webhookUrlProblem('https://partner.example.com/newsroom', { allowPrivate: false })).toBeNull()

    const environment = { NODE_ENV: process.env.NODE_ENV, WEBHOOK_ALLOW_PRIVATE: process.env.WEBHOOK_ALLOW_PRIVATE }
    try {
      Object.assign(process.env, { NODE_ENV: 'production' })
      delete process.env.WEBHOOK_ALLOW_PRIVATE
      await expect(
        d.payload.create({
          collection: 'webhooks',
          data: { name: 'loopback', url: receiver.url('/x'), events: ['publish'] },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        // The Local API's language is the admin's default, Chinese.
        data: { errors: [{ path: 'url', message: '回调地址不能指向本机或内网' }] },
      })
      process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
      const allowed = await d.payload.create({
        collection: 'webhooks',
        data: { name: 'internal', url: receiver.url('/x'), events: ['publish'], active: false },
        overrideAccess: true,
      })
      expect(allowed.url).toBe(receiver.url('/x'))
    } finally {
      for (const [name, value] of Object.entries(environment)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }

    // A name that resolves to this machine is refused when the delivery connects, before anything is sent.
    const name = hostname()
    const before = receiver.received.length
    await expect(
      postJson(`http://${name}:${receiver.port}/sneaky`, '{}', {}, { timeoutMs: 5_000, allowPrivate: false }),
    ).rejects.toThrow(/internal address|private network/)
    expect(receiver.received).toHaveLength(before)
    expect(await postJson(receiver.url('/direct'), '{}', {}, { timeoutMs: 5_000, allowPrivate: true })).toBe(204)
  })

  it('only admins see webhooks, their secrets and the delivery log; the log is append-only', async () => {
    const created = await api.post('/webhooks', {
      token: adminToken,
      body: { name: '合作方', url: 'https://partner.example.com/hook', events: ['publish'] },
    })
    expect(created.status).toBe(201)
    const secret = created.body.doc.secret as string
    expect(secret).toMatch(/^whsec_/)
    const renamed = await api.patch(`/webhooks/${created.body.doc.id}`, {
      token: adminToken,
      body: { name: '合作方（改名）' },
    })
    expect(renamed.body.doc.secret).toBe(secret)
    const rotated = await api.patch(`/webhooks/${created.body.doc.id}`, { token: adminToken, body: { secret: '' } })
    expect(rotated.body.doc.secret).toMatch(/^whsec_/)
    expect(rotated.body.doc.secret).not.toBe(secret)
    expect(
      (await api.patch(`/webhooks/${created.body.doc.id}`, { token: adminToken, body: { secret: 'short' } })).status,
    ).toBe(400)

    const editorToken = await tokenFor(d.payload, n.editor1.email, testPassword)
    for (const path of ['/webhooks', `/webhooks/${created.body.doc.id}`, '/webhook-deliveries']) {
      expect([path, (await api.get(path, { token: editorToken })).status]).toEqual([path, 403])
      expect([path, (await api.get(path)).status]).toEqual([path, 403])
    }
    expect(
      (
        await api.post('/webhooks', {
          token: editorToken,
          body: { name: 'x', url: 'https://example.com', events: ['publish'] },
        })
      ).status,
    ).toBe(403)

    const log = await api.get('/webhook-deliveries?limit=1', { token: adminToken })
    expect(log.status).toBe(200)
    const entry = log.body.docs[0] as WebhookDelivery
    expect(
      (await api.patch(`/webhook-deliveries/${entry.id}`, { token: adminToken, body: { statusCode: 200 } })).status,
    ).toBe(403)
    expect((await api.delete(`/webhook-deliveries/${entry.id}`, { token: adminToken })).status).toBe(403)
    expect(
      (await api.post('/webhook-deliveries', { token: adminToken, body: { ...entry, id: undefined } })).status,
    ).toBe(403)
    await expect(
      d.payload.update({
        collection: 'webhook-deliveries',
        id: entry.id,
        data: { statusCode: 200 },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/append-only/)
    await expect(
      d.payload.delete({ collection: 'webhook-deliveries', id: entry.id, overrideAccess: true }),
    ).rejects.toThrow(/append-only/)
  })
})
