import { afterAll, beforeAll, expect } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { hasBrowser, launchChromium } from './browser'
import { startServer, type RunningServer } from './server'

/** The password the real server gives its seeded demo users in the browser tests. */
export const demoPassword = 'e2e-demo-password'

export interface AdminSession {
  server: RunningServer
  /** Undefined without Chromium: browser tests skip (loudly, see warnIfNoBrowser), server tests still run. */
  browser: Browser | undefined
  /** A new browser context logged in as `email`, on the page the admin lands on after login. */
  login: (email: string, context?: LoginContext) => Promise<Page>
}

export interface LoginContext {
  locale?: string
  timezoneId?: string
  viewport?: { width: number; height: number }
}

/**
 * One real server (`src/server.ts`, seeded demo newsroom) and one Chromium for every browser suite in the file: the
 * dev server compiles the admin once, not once per suite. Call inside a describe; the accessor is valid in its tests.
 */
export const useAdminSession = (): (() => AdminSession) => {
  let session: AdminSession | undefined

  beforeAll(async () => {
    const server = await startServer({ SEED_DEMO_PASSWORD: demoPassword, LOG_FORMAT: 'json' })
    const browser = hasBrowser ? await launchChromium() : undefined
    const login = async (email: string, options: LoginContext = {}): Promise<Page> => {
      if (!browser) throw new Error('no Chromium: this test should have been skipped')
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1100 }, ...options })
      const page = await context.newPage()
      await page.goto(`${server.url}/admin/login`, { timeout: 180_000 })
      // The login page's client bundle compiles on its first request in development: 30 s is not always enough.
      await page.fill('#field-email', email, { timeout: 180_000 })
      await page.fill('#field-password', demoPassword)
      await page.click('button[type=submit]')
      await page.waitForURL(/\/admin(?!\/login)/, { timeout: 180_000 })
      return page
    }
    session = { server, browser, login }
  }, 300_000)

  afterAll(async () => {
    await session?.browser?.close()
    if (session) expect(await session.server.stop()).toBe(0)
  }, 60_000)

  return () => {
    if (!session) throw new Error('the admin session is not started: use it inside a test')
    return session
  }
}
