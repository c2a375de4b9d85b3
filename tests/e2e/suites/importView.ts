import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'

import type { AdminSession } from '../../helpers/adminSession'
import { hasBrowser } from '../../helpers/browser'
import { jpegBytes } from '../../helpers/images'
import type { RunningServer } from '../../helpers/server'
import { WORD_CAPTION, wordStory } from '../../import/helpers/wordStory'

const screenshots = path.resolve('tests/screenshots')
const headline = '胶州湾畔又添新地标'
// Two title lines without "——": the parser decides on its own, and the page says so in Chinese.
const txtStory = `${headline}\n青岛国际会展中心二期主体完工\n\n□记者 任晓萌\n\n本报12月1日讯 会展中心二期今天主体完工。\n`

export const describeImportView = (session: () => AdminSession): void =>
  describe('导入稿件 in the admin', () => {
    let server: RunningServer

    beforeAll(async () => {
      server = session().server
      await mkdir(screenshots, { recursive: true })
    })

    ;(hasBrowser ? it : it.skip)(
      'in Chromium (zh-CN): a reporter opens 导入稿件 from the nav, uploads a .txt and a .docx, sees both imported with their warnings, and the drafts are hers',
      async () => {
        const page = await session().login('reporter@newsroom.local', { viewport: { width: 1600, height: 1000 } })

        // Wider than Payload's large breakpoint (1440 px), where the nav is a sidebar that starts open.
        await page.click('#nav-import', { timeout: 120_000 })
        await page.waitForURL(/\/admin\/import$/, { timeout: 180_000 })
        await page.waitForSelector('h1:has-text("导入稿件")', { timeout: 180_000 })
        await page.setInputFiles('#import-files', [
          { name: '会展中心.txt', mimeType: 'text/plain', buffer: Buffer.from(txtStory) },
          {
            name: '整治.docx',
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            buffer: await wordStory({ uncaptionedPhoto: await jpegBytes(600, 400) }),
          },
        ])
        const [answer] = await Promise.all([
          page.waitForResponse(
            (response) => response.url().endsWith('/api/articles/import') && response.request().method() === 'POST',
            { timeout: 120_000 },
          ),
          page.click('#import-submit'),
        ])
        expect(answer.status()).toBe(200)
        const txt = page.locator('[data-import-file="会展中心.txt"]')
        const docx = page.locator('[data-import-file="整治.docx"]')
        await expect(txt.getAttribute('data-import-status', { timeout: 30_000 })).resolves.toBe('imported')
        expect(await docx.getAttribute('data-import-status')).toBe('imported')
        expect(await txt.locator('.import-status').textContent()).toBe('已导入')
        const warning = (await txt.locator('.import-warnings li').first().textContent()) ?? ''
        expect(warning).toMatch(/^两行标题/)
        expect(warning).not.toMatch(/title/)
        expect(await docx.locator('.import-warnings li').allTextContents()).toEqual(['第2张图片没有图说，仅存入图片库'])
        await page.screenshot({ path: path.join(screenshots, 'import-1-reporter-imported.png') })

        // The drafts are hers: read back as the reporter, through the API the page used.
        const links = await page
          .locator('#import-results a')
          .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''))
        expect(links).toHaveLength(2)
        // fetch in the page: the admin's own session cookie, as the admin sends it
        const getJson = (url: string) =>
          page.evaluate(async (target) => {
            const response = await fetch(target, { credentials: 'include' })
            return { status: response.status, body: await response.json() }
          }, url)
        const me = (await getJson(`${server.url}/api/users/me`)).body as { user: { id: string; email: string } }
        expect(me.user.email).toBe('reporter@newsroom.local')
        for (const link of links) {
          const id = link.split('/').pop()
          const response = await getJson(`${server.url}/api/articles/${id}?draft=true&depth=2`)
          expect(response.status).toBe(200)
          const article = response.body as {
            _status: string
            owner: string | { id: string }
            headline: string
            body: { root: { children: { fields?: { item?: { caption: string; image?: { sizes?: unknown } } } }[] } }
          }
          expect(article._status).toBe('draft')
          expect(typeof article.owner === 'object' ? article.owner.id : article.owner).toBe(me.user.id)
          const item = article.body.root.children.find((node) => node.fields?.item)?.fields?.item
          if (article.headline === headline) expect(item).toBeUndefined()
          else expect(item).toMatchObject({ caption: WORD_CAPTION, image: { sizes: expect.any(Object) } })
        }

        // Opening one from its link shows the draft in the editor.
        await page.goto(`${server.url}${links[0]}`, { timeout: 180_000 })
        await page.waitForSelector('#field-headline', { timeout: 180_000 })
        await page.context().close()
      },
      600_000,
    )
  })
