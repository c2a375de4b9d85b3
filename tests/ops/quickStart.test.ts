import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import { newUserEnv, npmRun, pristineCopy, waitForOk, type NpmRun } from '../helpers/pristineCopy'
import { freePort } from '../helpers/server'

const demoAccounts = ['admin', 'editor', 'editor1', 'editor2', 'chief', 'reporter', 'correspondent'].map(
  (name) => `${name}@newsroom.local`,
)

/**
 * The README's promise, kept on a copy of the tracked files only: `npm run dev` with no DATABASE_URI creates data/,
 * seeds, prints working log-ins and serves the Chinese admin and the fixture story; `npm run build && npm start`
 * serves production on the embedded database with its migrations applied at start.
 */
describe('the quick start on a pristine copy of the repository', () => {
  let dir: string
  let running: NpmRun | undefined

  beforeAll(async () => {
    dir = await pristineCopy(process.cwd())
  }, 120_000)

  afterAll(async () => {
    await running?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  }, 60_000)

  it('starts with nothing beside it: no data/, no media uploads, no .next/', () => {
    expect(existsSync(path.join(dir, 'package.json'))).toBe(true)
    expect(existsSync(path.join(dir, 'data'))).toBe(false)
    expect(existsSync(path.join(dir, '.next'))).toBe(false)
    expect(existsSync(path.join(dir, '..', 'shared'))).toBe(false)
  })

  it('npm run dev: creates the database, seeds, prints the log-ins and serves the newsroom in Chinese', async () => {
    const port = await freePort()
    const base = `http://localhost:${port}`
    running = npmRun(dir, 'dev', newUserEnv({ PORT: String(port) }))
    await waitForOk(`${base}/readyz`, running, 240_000)
    expect(existsSync(path.join(dir, 'data', 'newsroom.db'))).toBe(true)

    const password = /password: (\S+?)\)/.exec(running.output())?.[1]
    expect(password).toBeTruthy()
    for (const email of demoAccounts) expect(running.output()).toContain(email)
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'chief@newsroom.local', password }),
    })
    expect(login.status).toBe(200)

    const story = await fetch(`${base}/content/v1/articles/${fixtureStorySlug}`)
    expect(story.status).toBe(200)
    expect(await story.json()).toMatchObject({ slug: fixtureStorySlug, headline: expect.stringContaining('机关答卷') })

    const admin = await fetch(`${base}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toMatch(/<html[^>]*lang="zh"/)
    expect(await running.stop()).toBe('stopped')
    running = undefined
  }, 480_000)

  it('npm run build && npm start: production on the embedded database, migrations applied at start', async () => {
    await rm(path.join(dir, 'data'), { recursive: true, force: true })
    const build = npmRun(dir, 'build', newUserEnv())
    const built = await build.exited
    expect([built, built === 0 ? '' : build.output().slice(-3000)]).toEqual([0, ''])

    const port = await freePort()
    const base = `http://localhost:${port}`
    running = npmRun(
      dir,
      'start',
      newUserEnv({ PORT: String(port), PAYLOAD_SECRET: 'quick-start-production-secret', SERVER_URL: base }),
    )
    await waitForOk(`${base}/readyz`, running, 120_000)
    expect(existsSync(path.join(dir, 'data', 'newsroom.db'))).toBe(true)
    // Migrated, not pushed: the tables exist (an empty list, not a 500) and no demo accounts were created.
    const articles = await fetch(`${base}/api/articles`)
    expect(articles.status).toBe(200)
    expect(await articles.json()).toMatchObject({ totalDocs: 0 })
    expect(running.output()).not.toContain('Demo log-ins')
    const admin = await fetch(`${base}/admin/create-first-user`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toMatch(/<html[^>]*lang="zh"/)
    expect(await running.stop()).toBe('stopped')
    running = undefined
  }, 900_000)
})
