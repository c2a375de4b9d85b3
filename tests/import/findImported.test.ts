import { mkdtemp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type PayloadRequest } from 'payload'

import { findImported } from '../../src/import/findImported'
import { startPayload, type TestPayload } from '../helpers/payload'
import { setUpNewsroom, type Newsroom } from './helpers/newsroom'
import { importFiles } from './helpers/runInProcess'
import { generatedStory } from './helpers/stories'

/**
 * findImported asks the versions by path instead of a drafts find (for SQLite's query plan); it must still answer what
 * the drafts find sorted by createdAt answered: the latest revision, of the first created document, never one in the
 * trash.
 */
describe('findImported', () => {
  let t: TestPayload
  let newsroom: Newsroom
  let dir: string
  let req: PayloadRequest

  beforeAll(async () => {
    t = await startPayload()
    newsroom = await setUpNewsroom(t.payload)
    dir = await mkdtemp(path.join(t.dir, 'stories-'))
    req = await createLocalReq({}, t.payload)
  })
  afterAll(async () => {
    await t?.close()
  })

  const draftsFind = async (file: string) => {
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { 'importSource.path': { equals: file } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    return docs[0]
  }
  const expectSameAsDraftsFind = async (file: string) => {
    const expected = await draftsFind(file)
    const found = await findImported(t.payload, file, req)
    expect(found?.id).toBe(expected?.id)
    expect(found?.importSource?.contentHash).toBe(expected?.importSource?.contentHash)
    expect(found?._status).toBe(expected?._status)
    expect(found?.body).toEqual(expected?.body)
    return found
  }

  it('finds nothing for a file never imported', async () => {
    expect(await findImported(t.payload, path.join(dir, 'never.txt'), req)).toBeUndefined()
  })

  it('returns the latest revision after a changed re-import and after publishing', async () => {
    const file = path.join(dir, 'story.txt')
    await writeFile(file, generatedStory(1, 2))
    await importFiles(t.payload, [file], { user: newsroom.editor, as: 'published' })
    const first = await expectSameAsDraftsFind(file)
    expect(first?._status).toBe('published')

    await writeFile(file, generatedStory(2, 3))
    expect(await importFiles(t.payload, [file], { user: newsroom.editor })).toMatchObject({ updated: 1 })
    const revised = await expectSameAsDraftsFind(file)
    expect(revised?.id).toBe(first?.id)
    expect(revised?.importSource?.contentHash).not.toBe(first?.importSource?.contentHash)
    expect(revised?._status).toBe('draft')
  })

  it('takes the first created of two articles with the same path, and skips one in the trash', async () => {
    const file = path.join(dir, 'twice.txt')
    await writeFile(file, generatedStory(3, 1))
    await importFiles(t.payload, [file], { user: newsroom.editor })
    const original = await findImported(t.payload, file, req)
    const stored = await t.payload.findByID({
      collection: 'articles',
      id: original?.id as string,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const duplicate = await t.payload.create({
      collection: 'articles',
      data: {
        headline: `${stored.headline} (copy)`,
        brands: stored.brands,
        sections: stored.sections,
        importSource: stored.importSource,
        _status: 'draft',
      },
      overrideAccess: true,
    })
    expect((await expectSameAsDraftsFind(file))?.id).toBe(original?.id)

    await t.payload.update({
      collection: 'articles',
      id: original?.id as string,
      data: { deletedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    expect((await expectSameAsDraftsFind(file))?.id).toBe(duplicate.id)
    // The move to the trash queues its webhook deliveries after the commit; let that finish before Payload shuts down.
    await new Promise((resolve) => setTimeout(resolve, 500))
  })
})
