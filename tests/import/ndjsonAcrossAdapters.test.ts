import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { databaseKind } from '../../src/db'
import { importDatabase } from '../../src/import/ndjson/importDatabase'
import { isObjectId, objectIdFor, translateIds } from '../../src/import/ndjson/translateIds'
import { startPayload, type TestPayload } from '../helpers/payload'
import { dumpContent, type ContentDump } from './helpers/dump'
import { spawnCli } from './helpers/spawnCli'

const PASSWORD = 'demo-password-for-adapter-tests'

/**
 * A SQLite newsroom (the embedded database every team starts on) loaded into the database under test: on
 * `npm run test:mongo` that is MongoDB, whose ObjectIds cannot hold SQLite's UUIDs; under `npm test` another SQLite.
 */
describe('export from SQLite → import:ndjson into the database under test', () => {
  let t: TestPayload
  let source: ContentDump
  let exportFile: string
  const publishAt = new Date(Date.now() + 7 * 86_400_000).toISOString()
  const withdrawAt = new Date(Date.now() + 30 * 86_400_000).toISOString()

  beforeAll(async () => {
    t = await startPayload()
    const dir = path.join(t.dir, 'sqlite-source')
    await mkdir(dir, { recursive: true })
    const env = {
      DATABASE_URI: `file:${path.join(dir, 'source.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      SEED_DEMO_PASSWORD: PASSWORD,
    }
    const built = await spawnCli('tests/import/helpers/scheduledSourceCli.ts', [publishAt, withdrawAt], { env })
    expect({ code: built.code, stderr: built.code === 0 ? '' : built.stderr }).toEqual({ code: 0, stderr: '' })
    exportFile = path.join(dir, 'newsroom.ndjson')
    expect((await spawnCli('src/import/ndjson/exportCli.ts', [exportFile], { env })).code).toBe(0)
    // Dumped after the export: the dump's log-in check adds a session the export does not have.
    const dumpFile = path.join(dir, 'dump.json')
    expect(
      (await spawnCli('tests/import/helpers/dumpCli.ts', [dumpFile, 'chief@newsroom.local', PASSWORD], { env })).code,
    ).toBe(0)
    source = (JSON.parse(await readFile(dumpFile, 'utf8')) as { content: ContentDump }).content
  }, 240_000)
  afterAll(async () => {
    await t?.close()
  })

  it('carries every document and version; on MongoDB each UUID becomes a derived ObjectId and every reference follows', async () => {
    const lines: string[] = []
    const result = await importDatabase(t.payload, exportFile, { force: false, log: (line) => lines.push(line) })
    const sourceIds = Object.values(source.docs).flatMap((docs) => Object.keys(docs))
    const newIds = new Map(databaseKind() === 'mongodb' ? sourceIds.map((id) => [id, objectIdFor(id)]) : [])
    expect(result.translatedIds).toBe(newIds.size)
    if (databaseKind() === 'mongodb') {
      expect(newIds.size).toBeGreaterThan(30)
      expect(lines.join('\n')).toContain(`${newIds.size} document id(s) are not MongoDB ObjectIds`)
    }

    const copied = await dumpContent(t.payload)
    // The source as it should read on the target: ids translated, documents keyed and versions ordered by the new ids.
    const translated = translateIds(source, newIds)
    const byParent = (a: unknown, b: unknown) => {
      const key = (version: unknown) =>
        `${String((version as { parent: string }).parent)}${(version as { updatedAt: string }).updatedAt}`
      return key(a).localeCompare(key(b))
    }
    for (const collection of Object.keys(source.docs)) {
      const docs = Object.fromEntries(
        Object.values(translated.docs[collection]!).map((doc) => [(doc as { id: string }).id, doc]),
      )
      expect({ collection, docs: copied.docs[collection] }).toEqual({ collection, docs })
      // MongoDB unsets `latest` on older versions where SQLite stores false: the same fact.
      const plain = (list: unknown[] | undefined) =>
        list?.map((version) =>
          (version as { latest?: boolean }).latest === false ? { ...(version as object), latest: undefined } : version,
        )
      const versions = translated.versions[collection] && [...translated.versions[collection]].sort(byParent)
      expect({ collection, versions: plain(copied.versions[collection]) }).toEqual({
        collection,
        versions: plain(versions),
      })
    }
    if (databaseKind() === 'mongodb')
      for (const docs of Object.values(copied.docs))
        for (const id of Object.keys(docs)) expect(isObjectId(id)).toBe(true)

    const story = Object.values(copied.docs.articles!).find(
      (doc) => (doc as { slug: string }).slug === 'qingdao-2024-jiguan-dangjian',
    ) as { id: string; body: unknown }
    // The 13 photo-caption items embedded in the body point at the copied items.
    const embedded = [...JSON.stringify(story.body).matchAll(/"blockType":"photoCaption","item":"([^"]+)"/g)].map(
      (match) => match[1],
    )
    expect(embedded).toHaveLength(13)
    expect(Object.keys(copied.docs['photo-captions']!)).toEqual(expect.arrayContaining(embedded))
  })

  it('keeps log-ins and re-queues the scheduled publication and withdrawal for the copied items', async () => {
    const login = await t.payload.login({
      collection: 'users',
      data: { email: 'chief@newsroom.local', password: PASSWORD },
    })
    expect(login.token).toEqual(expect.any(String))

    const { docs: jobs } = await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { in: ['publishScheduled', 'withdrawScheduled'] } },
      depth: 0,
      overrideAccess: true,
    })
    const articles = await t.payload.find({
      collection: 'articles',
      draft: true,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    const byHeadline = (text: string) => articles.docs.find((doc) => doc.headline.startsWith(text))!
    expect(
      jobs
        .map((job) => [job.taskSlug, (job.input as { id: string }).id, new Date(job.waitUntil as string).toISOString()])
        .sort(),
    ).toEqual([
      ['publishScheduled', byHeadline('迁移前定时发布').id, publishAt],
      ['withdrawScheduled', byHeadline('奋力书写').id, withdrawAt],
    ])
  })
})
