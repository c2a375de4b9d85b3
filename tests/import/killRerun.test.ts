import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestPayload } from '../helpers/payload'
import { contentCounts } from './helpers/integrity'
import { setUpNewsroom, type Newsroom } from './helpers/newsroom'
import { killGroup, spawnCli } from './helpers/spawnCli'
import { writeStories } from './helpers/stories'

const STORIES = 30
const CAPTIONS = 6

// Depends on transactions: skipped on the Congo wire server (npm run test:mongo with MONGODB_TRANSACTIONS=off), whose
// transactions are no-ops; a real MongoDB replica set runs it.
const itWithTransactions = process.env.MONGODB_TRANSACTIONS === 'off' ? it.skip : it

describe('an import killed with kill -9 half-way', () => {
  let t: TestPayload
  let newsroom: Newsroom
  let folder: string
  let env: { DATABASE_URI: string; MEDIA_DIR: string }

  beforeAll(async () => {
    t = await startPayload()
    newsroom = await setUpNewsroom(t.payload)
    folder = path.join(t.dir, 'stories')
    await writeStories(folder, STORIES, CAPTIONS)
    env = { DATABASE_URI: process.env.DATABASE_URI as string, MEDIA_DIR: process.env.MEDIA_DIR as string }
  })
  afterAll(async () => {
    await t?.close()
  })

  itWithTransactions('leaves only whole stories, and a rerun completes the job without duplicates', async () => {
    let done = 0
    const killed = await spawnCli('src/import/cli.ts', [folder, '--user', newsroom.editor.email, '--as', 'published'], {
      env,
      // Each line is printed after its story's commit: after the second, the third story is being written.
      onLine: (line, child) => {
        if (/^\[\d+\/\d+\] imported/.test(line) && ++done === 2) killGroup(child)
      },
    })
    // On failure, show what the CLI said instead of being killed.
    expect({ signal: killed.signal, output: killed.signal === 'SIGKILL' ? '' : killed.stdout + killed.stderr }).toEqual(
      { signal: 'SIGKILL', output: '' },
    )

    const afterKill = await contentCounts(t.payload)
    expect(afterKill.articles).toBeGreaterThanOrEqual(2)
    expect(afterKill.articles).toBeLessThan(STORIES)
    expect(afterKill).toMatchObject({ captions: afterKill.articles * CAPTIONS, orphanCaptions: [], danglingEmbeds: [] })
    const published = await t.payload.count({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(published.totalDocs).toBe(afterKill.articles)

    const rerun = await spawnCli('src/import/cli.ts', [folder, '--user', newsroom.editor.email, '--as', 'published'], {
      env,
    })
    expect({ code: rerun.code, stderr: rerun.code === 0 ? '' : rerun.stderr }).toEqual({ code: 0, stderr: '' })
    expect(rerun.stdout).toContain(
      `${STORIES - afterKill.articles} imported, 0 updated, ${afterKill.articles} skipped, 0 failed`,
    )
    expect(await contentCounts(t.payload)).toEqual({
      articles: STORIES,
      captions: STORIES * CAPTIONS,
      orphanCaptions: [],
      danglingEmbeds: [],
    })
    const rate = /\(([\d.]+) stories\/s\)/.exec(rerun.stdout)?.[1]
    process.stdout.write(
      `kill-and-rerun: ${afterKill.articles} stories survived the kill; rerun summary: ${rerun.stdout.trim().split('\n').pop()} (${rate} stories/s)\n`,
    )
  })
})
