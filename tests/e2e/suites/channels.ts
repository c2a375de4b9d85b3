import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { addDays, tomorrowInNewsroom } from '../../../src/channels/editionDay'
import { fixtureStorySlug } from '../../../src/seed/fixtureStory'
import type { AdminSession } from '../../helpers/adminSession'
import { hasBrowser } from '../../helpers/browser'
import { lexicalBody } from '../../helpers/lexical'
import type { RunningServer } from '../../helpers/server'

const screenshots = path.resolve('tests/screenshots/admin')
/** The four seeded channels, in the order an admin configured them. */
const seededChannels = ['青岛日报（报纸）', '观海新闻客户端', '青岛日报网站', '青岛日报微信公众号']
const wechat = 'qingdao-daily-wechat'

/**
 * 一稿多签 in the zh-CN admin (issue #13): the story's 渠道 panel, a WeChat variant's 发布检查, and 版面计划, against the
 * real server's seeded newsroom (the fixture story with its 13 caption photos, the four seeded channels).
 */
export const describeChannels = (session: () => AdminSession): void =>
  (hasBrowser ? describe : describe.skip)('一稿多签 in the admin', () => {
    let server: RunningServer

    beforeAll(async () => {
      server = session().server
      await mkdir(screenshots, { recursive: true })
    })

    /** The page's own fetch: the logged-in editor's session cookie, as the admin sends it. */
    const api = (page: Page, method: string, url: string, body?: unknown) =>
      page.evaluate(
        async ({ method, url, body }) => {
          const response = await fetch(url, {
            method,
            credentials: 'include',
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          })
          return { status: response.status, body: await response.json() }
        },
        { method, url: `${server.url}/api${url}`, body },
      )

    /** The edit view done rendering, for a screenshot: the workflow panel's data, a relationship's label, the body. */
    const settled = async (page: Page, { body }: { body: boolean }) => {
      await page.waitForSelector('[data-testid=workflow-state]', { timeout: 60_000 })
      await page.waitForSelector('.relationship--single-value__text, .relationship--multi-value-label__text', {
        timeout: 60_000,
      })
      if (body) await page.waitForSelector('[data-lexical-editor=true]', { timeout: 60_000 })
    }

    it('an editor sees the story on every channel, starts its WeChat variant, is told which images WeChat must host, and reads tomorrow’s paper by page', async () => {
      const page = await session().login('editor@newsroom.local', {
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1600, height: 1200 },
      })
      const stories = await api(page, 'GET', `/articles?where[slug][equals]=${fixtureStorySlug}&depth=0`)
      const story = stories.body.docs[0] as { id: string; brands: string[] }
      const storyUrl = `${server.url}/admin/collections/articles/${story.id}`

      // 渠道: the four seeded channels, none with a variant of this story yet.
      await page.goto(storyUrl, { timeout: 180_000 })
      const panel = page.locator('[data-testid=channels-panel]')
      await panel.locator('li[data-channel]').nth(3).waitFor({ timeout: 180_000 })
      expect(await panel.locator('li[data-channel] > div:first-child').allInnerTexts()).toEqual(seededChannels)
      expect(await panel.locator('h4').first().innerText()).toBe('渠道')
      expect(await panel.locator(`li[data-channel=${wechat}]`).innerText()).toContain('尚无渠道稿')

      // 新建渠道稿 for WeChat opens the new variant.
      await page.click(`#channel-create-${wechat}`, { timeout: 60_000 })
      await page.waitForURL(/\/admin\/collections\/channel-variants\/[0-9a-f-]{36}$/, { timeout: 180_000 })
      const variantUrl = page.url()

      // 发布检查: the 13 caption photos are not on mmbiz.qpic.cn, so WeChat must host each first.
      const preflight = page.locator('[data-testid=preflight-panel][data-preflight-ok=false]')
      await preflight.waitFor({ timeout: 180_000 })
      expect(await preflight.locator('h4').innerText()).toBe('发布检查')
      const rehost = await preflight.locator('[data-testid=preflight-rehost] li').allInnerTexts()
      expect(rehost).toHaveLength(13)
      for (const url of rehost) expect(url).not.toContain('mmbiz.qpic.cn')
      expect(await preflight.locator('summary').innerText()).toBe('须先上传到该渠道的图片（13张）')
      const problems = await preflight.locator('[data-testid=preflight-problems] li').allInnerTexts()
      expect(problems).toContain('13张正文图片须先上传到该渠道')
      for (const problem of problems) expect(problem).toMatch(/[\u4e00-\u9fff]/)
      expect(await preflight.locator('[data-testid=preflight-master-link]').getAttribute('href')).toBe(
        `/admin/collections/articles/${story.id}`,
      )
      // Bound to the story and the channel (their labels load after the form).
      await page.waitForSelector('#field-master .relationship--single-value__text', { timeout: 60_000 })
      expect(await page.locator('#field-channel .relationship--single-value__text').innerText()).toBe(
        '青岛日报微信公众号',
      )
      await settled(page, { body: false })
      await preflight.scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(screenshots, '12-preflight-panel.png') })

      // Back on the story: the WeChat variant with its state and preflight; the other channels still offer one.
      await page.goto(storyUrl, { timeout: 180_000 })
      const wechatRow = panel.locator(`li[data-channel=${wechat}][data-variant-state=draft]`)
      await wechatRow.waitFor({ timeout: 120_000 })
      const rowText = await wechatRow.innerText()
      expect(rowText).toContain('草稿')
      expect(rowText).toMatch(/发布检查：\d+项问题/)
      expect(rowText).toContain('13张正文图片须先上传到该渠道')
      expect(await wechatRow.locator('[data-testid=channel-variant-link]').getAttribute('href')).toBe(
        new URL(variantUrl).pathname,
      )
      expect(await panel.locator('li[data-variant-state=none]').count()).toBe(3)
      await settled(page, { body: true })
      await panel.scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(screenshots, '11-channels-panel.png') })

      // Tomorrow's paper: the fixture story on A2 with far too few characters planned, a short story on A10 with
      // far too many, made through the API as the panel's button and the variant's form would.
      const tomorrow = tomorrowInNewsroom()
      const channels = await api(page, 'GET', '/channels?depth=0&limit=10')
      const printChannel = (channels.body.docs as { id: string; slug: string }[]).find(
        (channel) => channel.slug === 'qingdao-daily-print',
      )!
      const onA2 = await api(page, 'POST', '/channel-variants', {
        master: story.id,
        channel: printChannel.id,
        print: { editionDate: `${tomorrow}T12:00:00.000Z`, page: 'A2', plannedLength: 100 },
      })
      expect(onA2.status).toBe(201)
      const short = await api(page, 'POST', '/articles?draft=true', {
        headline: '版面计划短稿',
        brands: story.brands,
        body: lexicalBody({ paragraph: '本报讯 崂山区新建口袋公园十二处。' }),
      })
      expect(short.status).toBe(201)
      const onA10 = await api(page, 'POST', '/channel-variants', {
        master: short.body.doc.id,
        channel: printChannel.id,
        print: { editionDate: `${tomorrow}T12:00:00.000Z`, page: 'A10', plannedLength: 800 },
      })
      expect(onA10.status).toBe(201)

      // 版面计划 from the navigation: tomorrow by default, A2 before A10, over in red and under in amber.
      await page.click('#nav-print-plan', { timeout: 60_000 })
      await page.waitForURL(/\/admin\/print-plan$/, { timeout: 180_000 })
      await page.waitForSelector('h1:has-text("版面计划")', { timeout: 180_000 })
      expect(await page.inputValue('#print-plan-date')).toBe(tomorrow)
      const plan = page.locator('[data-print-channel=qingdao-daily-print]')
      expect(
        await plan
          .locator('[data-print-page]')
          .evaluateAll((pages) => pages.map((p) => p.getAttribute('data-print-page'))),
      ).toEqual(['A2', 'A10'])
      const over = plan.locator(`[data-print-story="${onA2.body.doc.id}"]`)
      expect(await over.getAttribute('data-flag')).toBe('over')
      expect(await over.innerText()).toContain('超出')
      const under = plan.locator(`[data-print-story="${onA10.body.doc.id}"]`)
      expect(await under.getAttribute('data-flag')).toBe('under')
      const underText = await under.innerText()
      expect(underText).toContain('版面计划短稿')
      expect(underText).toContain('不足')
      expect(underText).toContain('主稿未发布，按最新草稿计')
      expect(await plan.locator('h3').first().innerText()).toMatch(/^A2版 · 计划100字，实际\d+字$/)
      const [red, amber] = await Promise.all(
        [over, under].map((row) => row.evaluate((element) => getComputedStyle(element).color)),
      )
      expect(red).not.toBe(amber)
      await page.screenshot({ path: path.join(screenshots, '13-print-plan.png') })

      // The date picker: another day has its own (empty) plan.
      await page.fill('#print-plan-date', addDays(tomorrow, 1))
      await page.click('#print-plan-show')
      await page.waitForURL(new RegExp(`date=${addDays(tomorrow, 1)}`), { timeout: 120_000 })
      await page.waitForSelector('text=这一天还没有安排见报的稿件', { timeout: 120_000 })

      // Submitted, the WeChat variant waits in the 初审 editors' 我的待办 under its channel.
      const variantId = new URL(variantUrl).pathname.split('/').pop()
      expect((await api(page, 'POST', `/channel-variants/${variantId}/workflow/submit`, {})).status).toBe(200)
      await page.context().close()
      const reviewer = await session().login('editor1@newsroom.local', {
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1600, height: 1000 },
      })
      await reviewer.goto(`${server.url}/admin/queue`, { timeout: 180_000 })
      const group = reviewer.locator('[data-queue-group=review] [data-queue-channel="青岛日报微信公众号"]')
      await group.waitFor({ timeout: 120_000 })
      expect(await group.locator('h4').innerText()).toBe('渠道：青岛日报微信公众号（1）')
      const row = group.locator(`[data-queue-item="${variantId}"]`)
      expect(await row.locator('a').first().innerText()).toBe(stories.body.docs[0].headline)
      expect(await row.locator('[data-queue-field=channel]').innerText()).toBe('渠道：青岛日报微信公众号')
      await reviewer.screenshot({ path: path.join(screenshots, '14-queue-by-channel.png') })
      await reviewer.context().close()
    }, 900_000)
  })
