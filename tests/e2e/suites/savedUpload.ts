import { describe, expect, it } from '@jest/globals'

import type { AdminSession } from '../../helpers/adminSession'
import { hasBrowser } from '../../helpers/browser'

/**
 * A cover attached in the zh-CN admin is saved with the article at once (issue #14: a reporter lost a cover by
 * leaving before autosave ran). Autosave waits until the form has been still for 2 s, so the reporter keeps typing
 * in 摘要 the whole time: only a save made because of the upload can reach the server while she types.
 */
/** The cover id in the admin's form submission (multipart, the document as JSON in `_payload`), if it has one. */
const coverIn = (body: string | null): string | undefined => {
  const match = /"cover":(?:"([^"]+)"|(\d+))/.exec(body ?? '')
  return match ? (match[1] ?? match[2]) : undefined
}

export const describeSavedUpload = (session: () => AdminSession): void =>
  (hasBrowser ? describe : describe.skip)('an upload attached in the admin', () => {
    it('is saved with the article the moment it is chosen, not when autosave next runs', async () => {
      const { server, login } = session()
      const reporter = await login('reporter@newsroom.local')
      await reporter.goto(`${server.url}/admin/collections/articles/create`, { timeout: 180_000 })
      await reporter.fill('#field-headline', `封面即存 ${Date.now()}`, { timeout: 120_000 })
      await reporter.click('#action-save-draft')
      await reporter.waitForURL(/articles\/[0-9a-f-]{36}$/, { timeout: 120_000 })
      const articleId = reporter.url().split('/').at(-1) as string
      await reporter.waitForSelector('[data-testid=save-indicator][data-save-state=saved]', { timeout: 60_000 })

      await reporter.click('.upload__listToggler', { timeout: 60_000 })
      const choice = reporter.locator('.drawer [class*="__first-cell"]').first()
      const coverSaved = reporter.waitForRequest(
        (request) =>
          request.method() === 'PATCH' &&
          request.url().includes(`/api/articles/${articleId}`) &&
          coverIn(request.postData()) !== undefined,
        { timeout: 30_000 },
      )
      await choice.click()

      let typing = true
      const keepTyping = (async () => {
        await reporter.click('#field-summary')
        while (typing) {
          await reporter.keyboard.type('字')
          await reporter.waitForTimeout(300)
        }
      })()
      const request = await coverSaved.finally(() => (typing = false))
      await keepTyping
      const cover = coverIn(request.postData())
      expect(cover).toBeTruthy()

      const cookies = await reporter.context().cookies(server.url)
      const token = cookies.find((cookie) => cookie.name === 'payload-token')?.value
      const stored = await fetch(`${server.url}/api/articles/${articleId}?draft=true&depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(stored.status).toBe(200)
      expect(String(((await stored.json()) as { cover?: unknown }).cover)).toBe(cover)
      await reporter.context().close()
    }, 300_000)
  })
