import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'

import type { AdminSession } from '../../helpers/adminSession'
import { hasBrowser } from '../../helpers/browser'

const screenshots = path.resolve('tests/screenshots/admin')

/** Lexical's block validation reaches the admin in its language, naming the block and the field (issue #10). */
export const describeLexicalValidation = (session: () => AdminSession): void =>
  (hasBrowser ? describe : describe.skip)('an empty 小标题 in the body, in Chromium', () => {
    beforeAll(async () => {
      await mkdir(screenshots, { recursive: true })
    })

    /** A reporter's new article with an intertitle block left empty, saved as a draft: the body's error. */
    const bodyErrorIn = async (locale: string): Promise<string | null> => {
      const page = await session().login('reporter@newsroom.local', { locale })
      await page.goto(`${session().server.url}/admin/collections/articles/create`, { timeout: 180_000 })
      await page.fill('#field-headline', `小标题为空（${locale}）`, { timeout: 180_000 })
      await page.click('.rich-text-lexical [data-lexical-editor=true]')
      await page.keyboard.type('导语。')
      await page.keyboard.press('Enter')
      await page.keyboard.type('/')
      await page.click('#slash-menu-popup__item-block-intertitle', { timeout: 60_000 })
      await page.waitForSelector('[data-field-path=body] #field-text', { timeout: 60_000 })
      // The block's header has its label only: no free-text block name box that reads like a second field (issue #14).
      expect(await page.locator('[data-field-path=body] .section-title').count()).toBe(0)
      // Payload refuses the save in the browser once the form state (validated on the server) says the body is invalid,
      // and ignores a click while that state is still being built (the first build compiles in development): click
      // again until the error shows. The message is read the moment it shows: a form-state rebuild can re-render it.
      const error = page.locator('[data-field-path=body] > .field-error')
      let message: string | null = null
      for (let attempt = 1; message === null; attempt++) {
        if (attempt > 4) throw new Error(`no error on the body after ${attempt - 1} saves`)
        await page.waitForLoadState('networkidle', { timeout: 120_000 })
        await page.click('#action-save-draft')
        message = await error.getAttribute('title', { timeout: 30_000 }).catch(() => null)
      }
      await page.screenshot({ path: path.join(screenshots, `body-invalid-intertitle-${locale}.png`) })
      await page.context().close()
      return message
    }

    it('in the zh-CN admin the error is Chinese and names the block and the field', async () => {
      expect(await bodyErrorIn('zh-CN')).toBe('小标题块有误：小标题（text）不能为空')
    }, 600_000)

    it('in an English browser it is English', async () => {
      expect(await bodyErrorIn('en-US')).toBe('Invalid Intertitle block: Intertitle (text) must not be empty')
    }, 300_000)
  })
