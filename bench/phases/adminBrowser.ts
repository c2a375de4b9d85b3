import type { Page } from 'playwright-core'

import { launchChromium } from '../../tests/helpers/browser'
import { percentile, spread, type Spread } from '../lib/stats'
import { storySubmitted, type StoryInput, type Tokens } from './writes'

/**
 * P6: the admin as an editor uses it, in Debian's Chromium (zh-CN) against the production server (issue #14).
 *
 * - edit view: `page.goto` of a story's edit URL until it is usable — the headline field is there and the workflow
 *   panel has loaded and offers 通过 (`#workflow-approve` enabled, panel not busy). "Warm" is every open after the
 *   first of the run, in one browser tab that stays logged in; the first open is reported on its own.
 * - transition: in that view, a click on 通过 until the panel shows the next level (its data reloaded, not busy).
 *
 * The stories are new ones, created and submitted by the reporter over REST on the fixture database, so the view
 * loads a story in review among all of the fixture's articles; the archive's published articles are opened too.
 */
export interface AdminBrowserRep {
  firstOpenMs: number
  reviewOpenMs: number[]
  archiveOpenMs: number[]
  transitionMs: number[]
}

export interface AdminBrowserSeries {
  reps: AdminBrowserRep[]
  stories: number
  firstOpen: Spread
  reviewOpen: Spread & { p90: number }
  archiveOpen: Spread & { p90: number }
  transition: Spread & { p90: number }
}

const usableSelector = '#field-headline'
const panelIdle = '.workflow-panel[data-busy=false]'

const open = async (page: Page, url: string, ready: string): Promise<number> => {
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 })
  await page.waitForSelector(usableSelector, { timeout: 60_000 })
  await page.waitForSelector(ready, { timeout: 60_000 })
  return performance.now() - started
}

const nextStep = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid=workflow-next-step]')?.textContent ?? '')

const approve = async (page: Page): Promise<number> => {
  const before = await nextStep(page)
  const started = performance.now()
  const [response] = await Promise.all([
    page.waitForResponse((res) => res.url().includes('/workflow/approve') && res.request().method() === 'POST', {
      timeout: 60_000,
    }),
    page.click('#workflow-approve', { timeout: 60_000 }),
  ])
  if (response.status() !== 200) throw new Error(`通过 answered ${response.status()}: ${await response.text()}`)
  await page.waitForFunction(
    ({ idle, step }) =>
      document.querySelector(idle) !== null &&
      (document.querySelector('[data-testid=workflow-next-step]')?.textContent ?? '') !== step,
    { idle: panelIdle, step: before },
    { timeout: 60_000 },
  )
  return performance.now() - started
}

const archiveIds = async (base: string, token: string, count: number): Promise<string[]> => {
  const response = await fetch(`${base}/api/articles?limit=${count}&depth=0&sort=-publishedAt&select[headline]=true`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const body = (await response.json()) as { docs?: { id: string }[] }
  if (!response.ok || !body.docs?.length) throw new Error(`archive articles: ${response.status}`)
  return body.docs.map((doc) => String(doc.id))
}

export const adminBrowserRep = async (
  base: string,
  tokens: Tokens,
  input: StoryInput,
  stories: number,
): Promise<AdminBrowserRep> => {
  const review = []
  for (let i = 0; i <= stories; i++) review.push(await storySubmitted(base, tokens, input))
  const archive = await archiveIds(base, tokens.editor, stories)
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1400, height: 1000 },
    })
    await context.addCookies([{ name: 'payload-token', value: tokens.editor, url: base }])
    const page = await context.newPage()
    const reviewReady = `${panelIdle} #workflow-approve:enabled`
    const edit = (id: string) => `${base}/admin/collections/articles/${id}`
    const firstOpenMs = await open(page, edit(review[0]), reviewReady)
    const rep: AdminBrowserRep = { firstOpenMs, reviewOpenMs: [], archiveOpenMs: [], transitionMs: [] }
    for (const [index, id] of review.slice(1).entries()) {
      rep.reviewOpenMs.push(await open(page, edit(id), reviewReady))
      rep.transitionMs.push(await approve(page))
      rep.archiveOpenMs.push(await open(page, edit(archive[index % archive.length]), panelIdle))
    }
    return rep
  } finally {
    await browser.close()
  }
}

const withP90 = (values: number[]) => ({ ...spread(values), p90: percentile(values, 90) })

export const summariseAdminBrowser = (reps: AdminBrowserRep[], stories: number): AdminBrowserSeries => ({
  reps,
  stories,
  firstOpen: spread(reps.map((rep) => rep.firstOpenMs)),
  reviewOpen: withP90(reps.flatMap((rep) => rep.reviewOpenMs)),
  archiveOpen: withP90(reps.flatMap((rep) => rep.archiveOpenMs)),
  transition: withP90(reps.flatMap((rep) => rep.transitionMs)),
})
