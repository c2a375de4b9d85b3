import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { toDryRun } from '../../src/import/parser/dryRun'
import { parseStory } from '../../src/import/parser/parseStory'
import { startPayload, type TestPayload } from '../helpers/payload'
import { contentCounts } from './helpers/integrity'
import { setUpNewsroom, type Newsroom } from './helpers/newsroom'
import { spawnCli } from './helpers/spawnCli'
import { generatedStory } from './helpers/stories'
import { fixtureStoryPath } from '../../src/seed/fixtureStory'

// The one copy of the real 青岛日报 story, shared with the seed.
const FIXTURE = fixtureStoryPath
const CLI = 'src/import/cli.ts'
// "青岛日报记者 王建亮\n本报讯 青岛港吞吐量创新高。" as a GBK export
const GBK = Buffer.from(
  'c7e0b5bac8d5b1a8bcc7d5df20cdf5bda8c1c10ab1beb1a8d1b620c7e0b5bab8dbcdcccdc2c1bfb4b4d0c2b8dfa1a3',
  'hex',
)

describe('npm run import', () => {
  let t: TestPayload
  let newsroom: Newsroom
  let env: { DATABASE_URI: string; MEDIA_DIR: string }

  beforeAll(async () => {
    t = await startPayload()
    newsroom = await setUpNewsroom(t.payload)
    env = { DATABASE_URI: process.env.DATABASE_URI as string, MEDIA_DIR: process.env.MEDIA_DIR as string }
  })
  afterAll(async () => {
    await t?.close()
  })

  it('reports each bad file with its line and reason, imports the good ones, and exits 1', async () => {
    const folder = path.join(t.dir, 'mixed')
    await mkdir(path.join(folder, 'nested'), { recursive: true })
    const bad: Record<string, Buffer | string> = {
      'noise.txt': randomBytes(4096),
      'empty.txt': '',
      'binary.txt': Buffer.concat([
        Buffer.from('标题\n\n正文第一段。\n\n'),
        Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
      ]),
      'enormous-line.txt': `超长的一行\n\n${'很'.repeat(25_000)}\n`,
      'gbk.txt': GBK,
    }
    for (const [name, content] of Object.entries(bad)) await writeFile(path.join(folder, name), content)
    await writeFile(path.join(folder, 'good-1.txt'), generatedStory(1, 3))
    await writeFile(path.join(folder, 'nested', 'good-2.txt'), generatedStory(2, 2))
    await writeFile(path.join(folder, 'notes.md'), '# not a story')

    const run = await spawnCli(CLI, [folder, '--user', newsroom.editor.email], { env })

    expect(run.code).toBe(1)
    const failure = (name: string): string =>
      run.stdout.split('\n').find((line) => line.startsWith(`  ${path.join(folder, name)}`)) ??
      `(no summary line for ${name})`
    expect(run.stdout).toContain('Import finished: 7 file(s)')
    expect(run.stdout).toMatch(/2 imported, 0 updated, 0 skipped, 5 failed/)
    expect(failure('empty.txt')).toContain('empty story')
    expect(failure('binary.txt')).toMatch(/binary\.txt:5 .*(NUL|binary)/)
    expect(failure('enormous-line.txt')).toMatch(/enormous-line\.txt:3 .*longer than 20000 characters/)
    expect(failure('gbk.txt')).toMatch(/gbk\.txt:1 .*GBK/)
    expect(failure('noise.txt')).toMatch(/noise\.txt(:\d+)? +\S/)
    expect(await contentCounts(t.payload)).toEqual({ articles: 2, captions: 5, orphanCaptions: [], danglingEmbeds: [] })
  })

  it('refuses --as published for a reporter with a clear message and publishes nothing', async () => {
    const before = await contentCounts(t.payload)
    const file = path.join(t.dir, 'reporter-story.txt')
    await writeFile(file, generatedStory(3, 2))

    const run = await spawnCli(CLI, [file, '--as', 'published', '--user', newsroom.reporter.email], { env })

    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `Only an editor or admin can publish imported articles; ${newsroom.reporter.email} is a reporter`,
    )
    expect(await contentCounts(t.payload)).toEqual(before)
    const published = await t.payload.count({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(published.totalDocs).toBe(0)
  })

  it('names the valid brands when one is unknown', async () => {
    const run = await spawnCli(CLI, [FIXTURE, '--brand', '半岛都市报', '--user', newsroom.editor.email], { env })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'Unknown brand "半岛都市报". Valid brands: 观海新闻 (guanhai-news), 青岛日报 (qingdao-daily)' +
        ' / 未知品牌“半岛都市报”。可用品牌：观海新闻 (guanhai-news), 青岛日报 (qingdao-daily)',
    )
    expect(await contentCounts(t.payload)).toMatchObject({ articles: 2 })
  })

  it('--dry-run --json prints one DryRunStory per file and never opens the database', async () => {
    const folder = path.join(t.dir, 'dry')
    await mkdir(folder, { recursive: true })
    await writeFile(path.join(folder, 'a-fixture.txt'), await readFile(FIXTURE))
    await writeFile(path.join(folder, 'b-empty.txt'), '')
    const database = path.join(t.dir, 'never', 'created.db')

    const run = await spawnCli(CLI, [folder, '--dry-run', '--json'], {
      env: { DATABASE_URI: `file:${database}`, MEDIA_DIR: path.join(t.dir, 'never') },
    })

    expect(run.code).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown)
    const fixtureFile = path.join(folder, 'a-fixture.txt')
    expect(lines).toEqual([
      toDryRun(fixtureFile, parseStory(await readFile(FIXTURE, 'utf8'))),
      { file: path.join(folder, 'b-empty.txt'), error: { line: null, reason: 'empty story / 稿件是空的' } },
    ])
    expect(lines[0]).toMatchObject({
      intertitles: expect.any(Array),
      captions: expect.arrayContaining([{ text: expect.any(String), date: '2024-09-28/2024-11-02', credit: null }]),
    })
    expect(existsSync(path.join(t.dir, 'never'))).toBe(false)
  })
})
