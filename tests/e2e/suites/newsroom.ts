import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import type { AdminSession } from '../../helpers/adminSession'
import { hasBrowser } from '../../helpers/browser'
import type { RunningServer } from '../../helpers/server'

const screenshots = path.resolve('tests/screenshots')

export const describeNewsroom = (session: () => AdminSession): void =>
  describe('the real server', () => {
    let server: RunningServer

    beforeAll(async () => {
      server = session().server
      await mkdir(screenshots, { recursive: true })
    })

    it('answers /healthz and /readyz, and logs one structured line per request', async () => {
      const health = await fetch(`${server.url}/healthz`)
      expect(health.status).toBe(200)
      expect(await health.json()).toMatchObject({ status: 'ok' })
      const ready = await fetch(`${server.url}/readyz`)
      expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' })
      const line = server
        .output()
        .split('\n')
        .filter((row) => row.startsWith('{'))
        .map((row) => JSON.parse(row) as Record<string, unknown>)
        .find((entry) => entry.msg === 'request' && entry.path === '/healthz')
      expect(line).toMatchObject({ method: 'GET', path: '/healthz', status: 200 })
      expect(typeof line?.ms).toBe('number')
    })

    it('serves the admin in Chinese by default, and in English to an English browser', async () => {
      const zh = await fetch(`${server.url}/admin/login`)
      expect(zh.status).toBe(200)
      expect(await zh.text()).toMatch(/<html[^>]*lang="zh"/)
      const en = await fetch(`${server.url}/admin/login`, { headers: { 'Accept-Language': 'en-US,en;q=0.9' } })
      expect(await en.text()).toMatch(/<html[^>]*lang="en"/)
    }, 240_000)

    it('serves the seeded fixture story to anonymous readers', async () => {
      const response = await fetch(
        `${server.url}/api/articles?where[slug][equals]=qingdao-2024-jiguan-dangjian&depth=0`,
      )
      const body = (await response.json()) as { docs: { byline: string }[] }
      expect(body.docs.map((doc) => doc.byline)).toEqual(['青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦'])
    })

    ;(hasBrowser ? it : it.skip)(
      'in Chromium: a reporter drafts and submits, three editors review and sign off, and the public API then has the story',
      async () => {
        const headline = `浏览器三审 ${Date.now()}`
        const login = (email: string): Promise<Page> =>
          session().login(email, { viewport: { width: 1400, height: 1000 } })
        const expectState = (page: Page, label: string) =>
          page.waitForFunction(
            (text) => document.querySelector('[data-testid=workflow-state]')?.textContent === text,
            label,
            { timeout: 60_000 },
          )

        const reporter = await login('reporter@newsroom.local')
        await reporter.goto(`${server.url}/admin/collections/articles/create`, { timeout: 180_000 })
        await reporter.fill('#field-headline', headline)
        await reporter.click('#action-save-draft')
        await reporter.waitForURL(/articles\/[0-9a-f-]{36}$/, { timeout: 120_000 })
        const articleUrl = reporter.url()
        await Promise.all([
          reporter.waitForResponse(
            (response) => response.url().includes('/workflow/submit') && response.request().method() === 'POST',
            { timeout: 60_000 },
          ),
          reporter.click('#workflow-submit', { timeout: 60_000 }),
        ])
        await expectState(reporter, '审核中')
        await reporter.screenshot({ path: path.join(screenshots, '1-reporter-submitted.png') })

        for (const [email, action, next, shot] of [
          ['editor1@newsroom.local', 'approve', '审核中', '2-first-review'],
          ['editor2@newsroom.local', 'approve', '审核中', '3-second-review'],
          ['chief@newsroom.local', 'publish', '已发布', '4-chief-signed-off'],
        ] as const) {
          const page = await login(email)
          await page.goto(articleUrl, { timeout: 180_000 })
          await page.fill('.workflow-panel textarea[aria-label^="意见"]', `${email} 审核意见`, { timeout: 60_000 })
          // Wait for the transition's own response: the state label may read the same before and after (审核中).
          const [fired] = await Promise.all([
            page.waitForResponse(
              (response) => response.url().includes(`/workflow/${action}`) && response.request().method() === 'POST',
              { timeout: 60_000 },
            ),
            page.click(`#workflow-${action}`, { timeout: 60_000 }),
          ])
          expect(fired.status()).toBe(200)
          await expectState(page, next)
          await page.screenshot({ path: path.join(screenshots, `${shot}.png`) })
          await page.context().close()
        }

        const published = await fetch(
          `${server.url}/api/articles?where[headline][equals]=${encodeURIComponent(headline)}&depth=0`,
        )
        const body = (await published.json()) as { docs: { headline: string; _status: string }[] }
        expect(body.docs).toEqual([expect.objectContaining({ headline, _status: 'published' })])
      },
      600_000,
    )
  })
