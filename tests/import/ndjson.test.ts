import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { databaseKind } from '../../src/db'
import { importDatabase } from '../../src/import/ndjson/importDatabase'
import { seed } from '../../src/seed'
import { fixtureStorySlug } from '../../src/seed/fixtureStory'
import { startPayload, type TestPayload } from '../helpers/payload'
import { dumpContent, type ContentDump } from './helpers/dump'
import { spawnCli } from './helpers/spawnCli'

const PASSWORD = 'demo-password-for-ndjson-tests'

const filesIn = async (dir: string): Promise<Record<string, string>> =>
  Object.fromEntries(
    await Promise.all(
      (await readdir(dir)).sort().map(
        async (name) =>
          [
            name,
            createHash('sha256')
              .update(await readFile(path.join(dir, name)))
              .digest('hex'),
          ] as const,
      ),
    ),
  )

describe('export → import:ndjson into an empty database', () => {
  let t: TestPayload
  let source: ContentDump
  let copied: ContentDump
  let exportFile: string
  let copy: { DATABASE_URI: string; MEDIA_DIR: string }

  beforeAll(async () => {
    process.env.SEED_DEMO_PASSWORD = PASSWORD
    t = await startPayload()
    await seed(t.payload)
    // A published story with a newer draft revision: both must survive the move, and stay apart.
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { slug: { equals: fixtureStorySlug } },
      depth: 0,
      overrideAccess: true,
    })
    await t.payload.update({
      collection: 'articles',
      id: docs[0]!.id,
      data: { headline: '修订中的标题' },
      draft: true,
      overrideAccess: true,
    })
    source = await dumpContent(t.payload)
    exportFile = path.join(t.dir, 'export', 'newsroom.ndjson')
    // The copy goes to the same kind of database (`npm run test:mongo`: another MongoDB database).
    const sourceUri = new URL(process.env.DATABASE_URI as string)
    const mongoCopy =
      databaseKind() === 'mongodb'
        ? Object.assign(sourceUri, { pathname: `${sourceUri.pathname}_copy` }).toString()
        : null
    copy = {
      DATABASE_URI: mongoCopy ?? `file:${path.join(t.dir, 'copy', 'copy.db')}`,
      MEDIA_DIR: path.join(t.dir, 'copy', 'media'),
    }
    await mkdir(path.join(t.dir, 'copy'), { recursive: true })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('copies every document, version, upload file and log-in', async () => {
    const exported = await spawnCli('src/import/ndjson/exportCli.ts', [exportFile], {
      env: { DATABASE_URI: process.env.DATABASE_URI as string, MEDIA_DIR: process.env.MEDIA_DIR as string },
    })
    expect(exported.code).toBe(0)
    const lines = (await readFile(exportFile, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines[0]).toMatchObject({
      kind: 'header',
      format: 'newsroom-cms-ndjson',
      version: 1,
      adapter: databaseKind(),
      exportedAt: expect.any(String),
    })
    expect(lines.at(-1)).toMatchObject({ kind: 'end', missingMedia: 0 })
    const users = lines
      .filter((line) => line.collection === 'users')
      .map((line) => line.data as Record<string, unknown>)
    expect(users.every((user) => typeof user.hash === 'string' && typeof user.salt === 'string')).toBe(true)
    expect(new Set(lines.map((line) => line.collection))).not.toContain('payload-preferences')

    const loaded = await spawnCli('src/import/ndjson/importCli.ts', [exportFile], { env: copy })
    expect({ code: loaded.code, stderr: loaded.code === 0 ? '' : loaded.stderr }).toEqual({ code: 0, stderr: '' })

    const dumpFile = path.join(t.dir, 'copy-dump.json')
    const dumped = await spawnCli('tests/import/helpers/dumpCli.ts', [dumpFile, 'editor@newsroom.local', PASSWORD], {
      env: copy,
    })
    expect(dumped.code).toBe(0)
    const { content, login } = JSON.parse(await readFile(dumpFile, 'utf8')) as {
      content: ContentDump
      login: { ok: boolean; userId: string }
    }
    copied = content

    // Same collections, same ids, every field (status, timestamps, hashes, relations, rich text) equal.
    expect(Object.keys(content.docs)).toEqual(Object.keys(source.docs))
    for (const collection of Object.keys(source.docs)) {
      expect({ collection, docs: content.docs[collection] }).toEqual({ collection, docs: source.docs[collection] })
      expect({ collection, versions: content.versions[collection] }).toEqual({
        collection,
        versions: source.versions[collection],
      })
    }
    expect(Object.keys(source.docs.articles!)).toHaveLength(1)
    expect(Object.keys(source.docs['photo-captions']!)).toHaveLength(13)
    expect(source.versions.articles!.length).toBeGreaterThanOrEqual(2)
    const editor = Object.values(source.docs.users!).find(
      (user) => (user as { email: string }).email === 'editor@newsroom.local',
    ) as { id: string }
    expect(login).toEqual({ ok: true, userId: editor.id, token: true })
    expect(await filesIn(copy.MEDIA_DIR)).toEqual(await filesIn(process.env.MEDIA_DIR as string))
  })

  it('keeps the live story and its newer draft apart on the copy', async () => {
    const article = Object.values(copied.docs.articles!)[0] as { headline: string; _status: string }
    expect(article).toMatchObject({ _status: 'published', headline: '奋力书写中国式现代化青岛实践的“机关答卷”' })
    const latest = copied.versions.articles!.filter((version) => (version as { latest?: boolean }).latest)
    expect(latest).toEqual([
      expect.objectContaining({ version: expect.objectContaining({ headline: '修订中的标题', _status: 'draft' }) }),
    ])
  })

  it('refuses a database that already has content, and with --force reloads it without changing anything', async () => {
    const log = (): void => undefined
    await expect(importDatabase(t.payload, exportFile, { force: false, log })).rejects.toThrow(
      /The target database is not empty: .*articles \(1 documents, \d+ versions\).*Pass --force/,
    )
    await importDatabase(t.payload, exportFile, { force: true, log })
    expect(await dumpContent(t.payload)).toEqual(source)
  })
})
