import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { formatDateTime } from '../../../src/admin/formatDate'
import { demoPassword as password, type AdminSession } from '../../helpers/adminSession'
import { hasBrowser } from '../../helpers/browser'
import type { RunningServer } from '../../helpers/server'

const screenshots = path.resolve('tests/screenshots/admin')
/** The admin's one date format: 2026年12月2日 12:31. */
const zhDate = /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/

/**
 * The Chinese admin as a newsroom uses it (issue #14), in Debian's Chromium with --lang=zh-CN against the real
 * server and its seeded demo newsroom (青岛日报 三审, 观海新闻 二审).
 */
export const describeAdminWorkflow = (session: () => AdminSession): void =>
  (hasBrowser ? describe : describe.skip)('the zh-CN admin in Chromium', () => {
    let server: RunningServer

    beforeAll(async () => {
      server = session().server
      await mkdir(screenshots, { recursive: true })
    })

    afterAll(() => {
      if (timings.length > 0) console.log(`transition timings (dev server):\n${timings.join('\n')}`)
    })

    // The newsroom's zone, so Payload's own dates (browser zone) and ours (Asia/Shanghai) are the same clock time.
    const login = (email: string): Promise<Page> => session().login(email, { timezoneId: 'Asia/Shanghai' })
    const textOf = (page: Page, testId: string) =>
      page.locator(`[data-testid=${testId}]`).first().innerText({ timeout: 60_000 })
    const expectState = (page: Page, label: string) =>
      page.waitForFunction(
        (text) => document.querySelector('[data-testid=workflow-state]')?.textContent === text,
        label,
        { timeout: 60_000 },
      )
    /** A flag on `window` survives in-place updates and disappears with any full page load. */
    const markPage = (page: Page) =>
      page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true))
    const wasNotReloaded = (page: Page) =>
      page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true)
    /** Click → the panel shows the new state (its data reloaded), per transition; printed at the end, not asserted. */
    const timings: string[] = []
    const fire = async (page: Page, action: string) => {
      // Not while the panel is still busy with the previous transition or reloading its data: a click then is lost.
      await page.waitForSelector(`.workflow-panel[data-busy=false] #workflow-${action}:enabled`, { timeout: 60_000 })
      const started = Date.now()
      const [response] = await Promise.all([
        page.waitForResponse((res) => res.url().includes(`/workflow/${action}`) && res.request().method() === 'POST', {
          timeout: 60_000,
        }),
        page.click(`#workflow-${action}`, { timeout: 60_000 }),
      ])
      expect(response.status()).toBe(200)
      const answered = Date.now() - started
      await page.waitForSelector('.workflow-panel[data-busy=false]', { timeout: 60_000 })
      timings.push(`${action}: POST ${answered} ms, panel updated ${Date.now() - started} ms`)
    }
    const queueRow = async (page: Page, group: string, headline: string) => {
      await page.goto(`${server.url}/admin/queue`, { timeout: 180_000 })
      return page.locator(`[data-queue-group=${group}] li`, { hasText: headline })
    }

    it('reporter → 初审 → 复审 → 终审 → revision: who acts next, since when, for which brand, in Chinese, updated in place', async () => {
      // 13 digits and 4 汉字: 17 characters; the punctuation does not count.
      const headline = `三审面板，${Date.now()}！`
      const reporter = await login('reporter@newsroom.local')
      await reporter.goto(`${server.url}/admin/collections/articles/create`, { timeout: 180_000 })
      // A new item: the author's default (first) brand only, and the author as first contributor.
      await reporter.waitForSelector('#field-contributors__0__name', { timeout: 120_000 })
      expect(await reporter.inputValue('#field-contributors__0__name')).toBe('任晓萌')
      expect(await textOf(reporter, 'contributor-row-label')).toBe('记者 任晓萌')
      // Payload's Chinese strings without the space before a Chinese name.
      const page = await reporter.locator('body').innerText()
      expect(page).toContain('正在创建新的稿件')
      expect(page).toContain('添加作者')
      expect(page).not.toMatch(/正在创建新的 |添加 作者/)
      // Brands is the only relationship with a value on a new article; its label loads after the form.
      await reporter.waitForSelector('.relationship--multi-value-label__text', { timeout: 30_000 })
      expect(await reporter.locator('.relationship--multi-value-label__text').allInnerTexts()).toEqual(['青岛日报'])
      await reporter.fill('#field-headline', headline)
      await reporter.click('.rich-text-lexical [data-lexical-editor=true]')
      await reporter.keyboard.type('机关党建，走在前列。')
      await reporter.waitForFunction(
        () => document.querySelector('[data-testid=character-count]')?.textContent === '字数：主题17字 · 正文8字',
        undefined,
        { timeout: 30_000 },
      )
      await reporter.screenshot({ path: path.join(screenshots, '0-new-article-defaults.png') })
      await reporter.click('#action-save-draft')
      await reporter.waitForURL(/articles\/[0-9a-f-]{36}$/, { timeout: 120_000 })
      const articleUrl = reporter.url()

      // A draft waits for its author.
      await reporter.waitForSelector('[data-testid=workflow-next][data-next-kind=author]', { timeout: 60_000 })
      expect(await textOf(reporter, 'workflow-next-who')).toBe('任晓萌（您）')
      expect(await textOf(reporter, 'workflow-brands')).toBe('品牌：青岛日报')

      await markPage(reporter)
      await fire(reporter, 'submit')
      await expectState(reporter, '审核中')
      await reporter.waitForSelector('[data-testid=workflow-next][data-next-kind=review]', { timeout: 60_000 })
      expect(await textOf(reporter, 'workflow-next-step')).toBe('初审')
      expect(await textOf(reporter, 'workflow-next-who')).toBe('青岛日报：初审编辑、值班编辑')
      expect(await textOf(reporter, 'workflow-since')).toMatch(new RegExp(`^自${zhDate.source}起$`))
      // The header reads the same data as the panel, and nothing reloaded the page.
      await reporter.waitForFunction(
        () => document.querySelector('[data-testid=header-workflow-state]')?.textContent?.startsWith('审核中'),
        undefined,
        { timeout: 30_000 },
      )
      expect(await wasNotReloaded(reporter)).toBe(true)
      await reporter.screenshot({ path: path.join(screenshots, '1-reporter-submitted.png') })
      await reporter.context().close()

      // 初审: the queue row says whose story, which brand, which level, how long it waits.
      const editor1 = await login('editor1@newsroom.local')
      const row = await queueRow(editor1, 'review', headline)
      await row.waitFor({ timeout: 60_000 })
      const rowText = await row.innerText()
      expect(rowText).toContain('作者：任晓萌')
      expect(rowText).toContain('品牌：青岛日报')
      expect(rowText).toContain('初审（1/3）')
      expect(rowText).toMatch(new RegExp(`已等待\\d+分钟（自${zhDate.source}）`))
      await editor1.screenshot({ path: path.join(screenshots, '2-queue-first-review.png') })

      await editor1.goto(articleUrl, { timeout: 180_000 })
      // Only 退回修改 needs a comment; 通过 says what it does.
      const comment = editor1.locator('.workflow-panel textarea').first()
      expect(await comment.getAttribute('aria-label', { timeout: 60_000 })).toBe('意见（退回修改时必填）')
      expect(await textOf(editor1, 'workflow-help-approve')).toBe('通过：本级审核通过，转交复审；尚未发布。')
      await markPage(editor1)
      await comment.fill('初审通过')
      await fire(editor1, 'approve')
      await editor1.waitForFunction(
        () => document.querySelector('[data-testid=workflow-next-step]')?.textContent === '复审',
        undefined,
        { timeout: 60_000 },
      )
      expect(await textOf(editor1, 'workflow-next-who')).toBe('青岛日报：复审编辑')
      expect(await textOf(editor1, 'workflow-state')).toBe('审核中')
      expect(await wasNotReloaded(editor1)).toBe(true)
      // The editor copy-edits right after the in-place transition: the form sends the new workflow values, so the
      // autosave is accepted (stale ones would be refused as a workflow-field change).
      await editor1.waitForFunction(
        () => document.querySelector('#field-workflowState')?.textContent?.includes('审核中'),
        undefined,
        { timeout: 30_000 },
      )
      const [copyEdit] = await Promise.all([
        editor1.waitForResponse((res) => res.url().includes('/api/articles/') && res.request().method() === 'PATCH', {
          timeout: 60_000,
        }),
        editor1.fill('#field-summary', '初审编辑改了导语'),
      ])
      expect(copyEdit.status()).toBe(200)
      await editor1.context().close()

      // 复审. 初审编辑 closed the tab while still holding Payload's edit lock (taken once the copy edit came 10 s or
      // more into the session; released after 5 minutes): then 复审编辑 meets 文档已锁定 naming 初审, and takes over.
      const adminToken = await apiLogin('admin@newsroom.local')
      const articleId = articleUrl.split('/').pop() ?? ''
      const locks = await api(adminToken, 'GET', `/payload-locked-documents?where[document.value][equals]=${articleId}`)
      const editor2 = await login('editor2@newsroom.local')
      await editor2.goto(articleUrl, { timeout: 180_000 })
      const locked = (locks.body.docs as unknown[]).length > 0
      timings.push(`复审 opened the story ${locked ? 'locked by 初审 and took over' : 'unlocked'}`)
      if (locked) {
        await editor2.waitForSelector('#document-locked-take-over', { timeout: 60_000 })
        // Payload's modal, with the holder's name put in place of the e-mail (src/admin/LockDialogText.tsx).
        await editor2.waitForFunction(
          () => document.querySelector('.document-locked__content')?.textContent?.includes('初审编辑'),
          undefined,
          { timeout: 30_000 },
        )
        await editor2.click('#document-locked-take-over')
        await editor2.waitForSelector('#document-locked-take-over', { state: 'detached', timeout: 30_000 })
      }
      await editor2.fill('.workflow-panel textarea[aria-label^="意见"]', '复审通过', { timeout: 60_000 })
      await fire(editor2, 'approve')
      await editor2.waitForFunction(
        () => document.querySelector('[data-testid=workflow-next-step]')?.textContent === '终审（签发）',
        undefined,
        { timeout: 60_000 },
      )
      expect(await textOf(editor2, 'workflow-next-who')).toBe('青岛日报：终审总编')
      await editor2.context().close()

      // 终审: the chief's item is under 待我签发, not 待我审核, and the panel explains 通过 vs 签发.
      const chief = await login('chief@newsroom.local')
      const signOffRow = await queueRow(chief, 'signOff', headline)
      await signOffRow.waitFor({ timeout: 60_000 })
      expect(await chief.locator('[data-queue-group=review] li', { hasText: headline }).count()).toBe(0)
      expect(await signOffRow.innerText()).toContain('最新意见：复审编辑：复审通过')
      expect(await chief.locator('[data-queue-group=signOff] h3').innerText()).toMatch(/^待我签发（[1-9]\d*）$/)
      await chief.screenshot({ path: path.join(screenshots, '3-queue-sign-off.png') })

      await chief.goto(articleUrl, { timeout: 180_000 })
      expect(await textOf(chief, 'workflow-next-who')).toBe('青岛日报：终审总编（您）')
      expect(await textOf(chief, 'workflow-help-approve')).toContain('进入“待发布”')
      expect(await textOf(chief, 'workflow-help-publish')).toContain('读者马上能看到')
      await chief.screenshot({ path: path.join(screenshots, '4-chief-sign-off-panel.png') })
      await markPage(chief)
      await fire(chief, 'publish')
      await expectState(chief, '已发布')
      await chief.waitForFunction(
        () => document.querySelector('[data-testid=header-workflow-state]')?.textContent === '已发布',
        undefined,
        { timeout: 30_000 },
      )
      expect(await wasNotReloaded(chief)).toBe(true)
      // Payload's own dates in the header use the same format as ours.
      expect(await chief.locator('.doc-controls__list-item', { hasText: '最后修改时间' }).first().innerText()).toMatch(
        new RegExp(`${zhDate.source}$`),
      )

      // History in Chinese from the table's labels, one date format, names and roles.
      await chief.click('[data-testid=workflow-history] summary')
      const lines = await chief.locator('[data-testid=workflow-history] li').allInnerTexts()
      expect(lines).toHaveLength(4)
      for (const line of lines) expect(line).toMatch(new RegExp(`^${zhDate.source} · `))
      expect(lines.map((line) => line.split(' · ').slice(1).join(' · '))).toEqual([
        '任晓萌（记者） · 提交审核',
        '初审编辑（编辑） · 通过（初审）：初审通过',
        '复审编辑（编辑） · 通过（复审）：复审通过',
        '终审总编（编辑） · 签发/发布（终审）',
      ])
      expect(lines.join('\n')).not.toMatch(/submit|approve|publish/)
      await chief.screenshot({ path: path.join(screenshots, '5-published-history.png') })
      await chief.context().close()

      // A revision of the live story: the panel turns to 草稿 after the save, without a reload.
      const author = await login('reporter@newsroom.local')
      await author.goto(articleUrl, { timeout: 180_000 })
      await expectState(author, '已发布')
      await markPage(author)
      await author.fill('#field-headline', `${headline} 修订`)
      await expectState(author, '草稿')
      expect(await author.locator('.workflow-panel', { hasText: '线上版本仍在发布中' }).count()).toBe(1)
      await author.waitForFunction(
        () => document.querySelector('[data-testid=header-workflow-state]')?.textContent?.startsWith('草稿'),
        undefined,
        { timeout: 30_000 },
      )
      expect(await wasNotReloaded(author)).toBe(true)

      // 对比上一轮 and 对比线上版本 lead straight to Payload's diff of this revision against what was reviewed / is live.
      await author.waitForSelector('[data-testid=compare-previous-round]', { timeout: 60_000 })
      expect(await author.locator('[data-testid=compare-live]').innerText()).toBe('对比线上版本')
      const compareUrl = await author.locator('[data-testid=compare-previous-round]').getAttribute('href')
      expect(compareUrl).toMatch(
        /\/admin\/collections\/articles\/[0-9a-f-]{36}\/versions\/[0-9a-f-]{36}\?versionFrom=[0-9a-f-]{36}$/,
      )
      await author.click('[data-testid=compare-previous-round]')
      await author.waitForURL(/versionFrom=/, { timeout: 120_000 })
      await author.waitForFunction((text) => document.body.innerText.includes(text), `${headline} 修订`, {
        timeout: 120_000,
      })
      await author.screenshot({ path: path.join(screenshots, '8-compare-previous-round.png') })

      // 版本记录: who saved each version, the story's state and level then, and the review round — no bare ids.
      await author.goto(`${articleUrl}/versions`, { timeout: 180_000 })
      await author.waitForSelector('[data-testid=version-list] tbody tr', { timeout: 120_000 })
      const versionRows = await author.locator('[data-testid=version-list] tbody tr').allInnerTexts()
      const rowWith = (...parts: string[]) => versionRows.some((row) => parts.every((part) => row.includes(part)))
      expect(rowWith('任晓萌', '审核中', '初审', '第1轮送审')).toBe(true)
      expect(rowWith('初审编辑', '审核中', '复审', '第1轮送审')).toBe(true)
      expect(rowWith('终审总编', '已发布', '第1轮送审')).toBe(true)
      expect(rowWith('任晓萌', '送审前')).toBe(true)
      for (const row of versionRows) expect(row).toMatch(new RegExp(`^${zhDate.source}`))
      expect(versionRows.join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
      await author.screenshot({ path: path.join(screenshots, '10-version-list.png') })
      await author.context().close()
    }, 900_000)

    const apiLogin = async (email: string): Promise<string> => {
      const response = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      return ((await response.json()) as { token: string }).token
    }
    const api = async (token: string, method: string, pathname: string, body?: unknown) => {
      const response = await fetch(`${server.url}/api${pathname}`, {
        method,
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, body: (await response.json()) as Record<string, unknown> }
    }

    /** A new draft of the reporter's, made over REST; returns its id. */
    const reporterDraft = async (headline: string): Promise<string> => {
      const created = await api(await apiLogin('reporter@newsroom.local'), 'POST', '/articles', { headline })
      expect(created.status).toBe(201)
      return (created.body.doc as { id: string }).id
    }

    it('in review the author gets a read-only form with a banner and takes no lock, so the reviewer is never blocked', async () => {
      const id = await reporterDraft(`只读审核 ${Date.now()}`)

      const reporter = await login('reporter@newsroom.local')
      await reporter.goto(`${server.url}/admin/collections/articles/${id}`, { timeout: 180_000 })
      await reporter.waitForSelector('#workflow-submit', { timeout: 60_000 })
      expect(await reporter.locator('#field-headline').isEditable()).toBe(true)
      expect(await reporter.locator('[data-testid=read-only-banner]').count()).toBe(0)
      // Submitting turns the form read-only in place.
      await markPage(reporter)
      await fire(reporter, 'submit')
      await reporter.waitForSelector('[data-testid=read-only-banner]', { timeout: 60_000 })
      expect(await textOf(reporter, 'read-only-banner')).toBe(
        '稿件审核中（初审），作者暂时不能修改。需要改动请联系审核编辑退回修改。',
      )
      await reporter.waitForFunction(
        () => (document.querySelector('#field-headline') as HTMLInputElement | null)?.disabled === true,
        undefined,
        { timeout: 30_000 },
      )
      expect(await wasNotReloaded(reporter)).toBe(true)

      // Opened afresh during review: read-only from the start; the author cannot type and no lock is taken.
      await reporter.goto(`${server.url}/admin/collections/articles/${id}`, { timeout: 180_000 })
      await reporter.waitForSelector('[data-testid=read-only-banner]', { timeout: 60_000 })
      expect(await reporter.locator('#field-headline').isEditable()).toBe(false)
      await reporter.locator('#field-headline').click({ force: true })
      await reporter.keyboard.type('作者试图修改')
      await reporter.waitForTimeout(3_000)
      expect(await reporter.inputValue('#field-headline')).not.toContain('作者试图修改')
      await reporter.screenshot({ path: path.join(screenshots, '6-author-read-only-in-review.png') })
      const adminToken = await apiLogin('admin@newsroom.local')
      const locks = await api(
        adminToken,
        'GET',
        `/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
      )
      expect(locks.body.docs).toEqual([])

      // The reviewer opens it while the author still has it open: no 文档已锁定, and the form is editable.
      const editor1 = await login('editor1@newsroom.local')
      // The edit view is warm by now (compiled and opened before): time until the panel offers the action.
      const opening = Date.now()
      await editor1.goto(`${server.url}/admin/collections/articles/${id}`, { timeout: 180_000 })
      await editor1.waitForSelector('#workflow-approve', { timeout: 60_000 })
      timings.push(`edit view (warm) until the panel is ready: ${Date.now() - opening} ms`)
      expect(await editor1.locator('#field-headline').isEditable()).toBe(true)
      expect(await editor1.getByText('文档已锁定').count()).toBe(0)
      expect(await editor1.locator('[data-testid=read-only-banner]').count()).toBe(0)
      await editor1.context().close()
      await reporter.context().close()
    }, 600_000)

    it('文档已锁定 names whoever holds the story and dates the lock in the admin’s one format', async () => {
      const id = await reporterDraft(`锁定提示 ${Date.now()}`)
      // 初审编辑 holds the story's edit lock, as Payload records it when she edits it in the admin.
      const adminToken = await apiLogin('admin@newsroom.local')
      const editors = await api(adminToken, 'GET', '/users?where[email][equals]=editor1@newsroom.local&depth=0')
      const editor1Id = (editors.body.docs as { id: string }[])[0].id
      const lock = await api(adminToken, 'POST', '/payload-locked-documents', {
        document: { relationTo: 'articles', value: id },
        globalSlug: null,
        user: { relationTo: 'users', value: editor1Id },
      })
      expect(lock.status).toBe(201)

      const reporter = await login('reporter@newsroom.local')
      await reporter.goto(`${server.url}/admin/collections/articles/${id}`, { timeout: 180_000 })
      await reporter.waitForSelector('#document-locked-take-over', { timeout: 60_000 })
      await reporter.waitForFunction(
        () => document.querySelector('.document-locked__content')?.textContent?.includes('初审编辑'),
        undefined,
        { timeout: 30_000 },
      )
      const dialog = await reporter.locator('.document-locked__content').innerText()
      expect(dialog).not.toContain('editor1@newsroom.local')
      expect(dialog).toMatch(zhDate)
      expect(dialog).not.toMatch(/\b(AM|PM)\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/)
      await reporter.screenshot({ path: path.join(screenshots, '15-lock-dialog.png') })
      await reporter.context().close()
    }, 300_000)

    it('the version diff shows the words of a changed 小标题 block, tags and contributors, not “intertitle Block”, [] or 条目 01', async () => {
      const token = await apiLogin('reporter@newsroom.local')
      const body = (intertitle: string) => ({
        root: {
          type: 'root',
          direction: null,
          format: '',
          indent: 0,
          version: 1,
          children: [
            {
              type: 'paragraph',
              direction: null,
              format: '',
              indent: 0,
              version: 1,
              textFormat: 0,
              children: [
                { type: 'text', text: '正文第一段。', format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
              ],
            },
            {
              type: 'block',
              version: 2,
              format: '',
              fields: { id: '6650f0c2a1b2c3d4e5f60718', blockName: '', blockType: 'intertitle', text: intertitle },
            },
          ],
        },
      })
      const reporterLine = { role: 'reporter', name: '任晓萌' }
      const created = await api(token, 'POST', '/articles', {
        headline: `小标题对比 ${Date.now()}`,
        body: body('旧的小标题'),
        tags: ['时政'],
        contributors: [reporterLine],
      })
      expect(created.status).toBe(201)
      const id = (created.body.doc as { id: string }).id
      const edited = await api(token, 'PATCH', `/articles/${id}`, {
        body: body('新的小标题'),
        tags: ['时政', '民生'],
        contributors: [reporterLine, { role: 'correspondent', name: '陈刚', organisation: '胶州市委宣传部' }],
      })
      expect(edited.status).toBe(200)
      const versions = await api(token, 'GET', `/articles/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0`)
      const versionDocs = versions.body.docs as { id: string; updatedAt: string }[]
      const [latest, first] = versionDocs.map((version) => version.id)

      const reporter = await login('reporter@newsroom.local')
      await reporter.goto(`${server.url}/admin/collections/articles/${id}/versions/${latest}?versionFrom=${first}`, {
        timeout: 180_000,
      })
      await reporter.waitForFunction(() => document.body.innerText.includes('新的小标题'), undefined, {
        timeout: 120_000,
      })
      const page = await reporter.locator('body').innerText()
      expect(page).toContain('旧的小标题')
      // Payload renders the breadcrumb's version time on the server: in the newsroom's zone, as everywhere else.
      expect(await reporter.locator('.step-nav').innerText()).toContain(formatDateTime(versionDocs[0]!.updatedAt, 'zh'))
      expect(page).not.toMatch(/intertitle|Block/)
      // Tags read as a newsroom writes them, contributors by role and name (the diff marks what changed inside).
      expect(await reporter.locator('.tags-diff').innerText()).toMatch(/时政、\s*民生/)
      const contributors = await reporter.locator('.contributors-diff').innerText()
      expect(contributors).toContain('记者 任晓萌')
      expect(contributors).toMatch(/通讯员 陈刚 · 胶州市委宣传部/)
      expect(page).not.toMatch(/条目 \d|\[\s*"|\[\]/)
      await reporter.screenshot({ path: path.join(screenshots, '9-intertitle-diff.png') })
      await reporter.context().close()
    }, 600_000)

    it('saving is visible (有未保存的修改 / 保存中… → 已保存 hh:mm) and leaving with unsaved changes asks first', async () => {
      const id = await reporterDraft(`保存提示 ${Date.now()}`)
      const reporter = await login('reporter@newsroom.local')
      await reporter.goto(`${server.url}/admin/collections/articles/${id}`, { timeout: 180_000 })
      await reporter.waitForSelector('[data-testid=save-indicator][data-save-state=saved]', { timeout: 60_000 })

      await reporter.fill('#field-subheadline', '——副题')
      await reporter.waitForSelector(
        '[data-testid=save-indicator]:is([data-save-state=unsaved], [data-save-state=saving])',
        { timeout: 10_000 },
      )
      const [autosave] = await Promise.all([
        reporter.waitForResponse(
          (res) => res.url().includes(`/api/articles/${id}`) && res.request().method() === 'PATCH',
          { timeout: 30_000 },
        ),
      ])
      expect(autosave.status()).toBe(200)
      await reporter.waitForSelector('[data-testid=save-indicator][data-save-state=saved]', { timeout: 30_000 })
      expect(await textOf(reporter, 'save-indicator')).toMatch(/^已保存 \d{2}:\d{2}$/)
      await reporter.screenshot({ path: path.join(screenshots, '7-saved-indicator.png') })

      // Leaving before autosave has run asks first.
      await reporter.fill('#field-kicker', '引题未保存')
      const dialog = reporter.waitForEvent('dialog', { timeout: 10_000 })
      await reporter.close({ runBeforeUnload: true })
      const asked = await dialog
      expect(asked.type()).toBe('beforeunload')
      await asked.dismiss()
      await reporter.context().close()
    }, 600_000)
  })
