import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Article } from '../../src/payload-types'
import { fireWorkflow } from '../../src/workflow/localApi'
import { createArticleIn } from '../helpers/content'
import { createNewsroom, type Newsroom } from '../helpers/newsroom'
import { startPayload, type TestPayload } from '../helpers/payload'

const openDescriptors = (): number => readdirSync('/proc/self/fd').length

/**
 * Every workflow transition is one SQLite write transaction. @libsql/client never closed the connection a transaction
 * ran on: the bench saw the server's descriptors grow from 54 to 401 over its write phase (two per transaction).
 */
describe('SQLite transactions close what they open', () => {
  let t: TestPayload
  let n: Newsroom
  let article: Article

  beforeAll(async () => {
    t = await startPayload()
    n = await createNewsroom(t.payload)
    article = await createArticleIn(t.payload, 'draft', {
      headline: '一百次往返',
      brands: [n.daily.id],
      owner: n.reporter.id,
      contributors: [{ role: 'reporter', name: '记者', user: n.reporter.id }],
    })
  })
  afterAll(async () => {
    await t?.close()
  })

  const roundTrip = async (): Promise<void> => {
    await fireWorkflow(t.payload, {
      collection: 'articles',
      id: article.id,
      transition: 'return',
      user: n.editor1,
      comment: '请补充信源',
    })
    await fireWorkflow(t.payload, { collection: 'articles', id: article.id, transition: 'resubmit', user: n.reporter })
  }

  it("keeps the process's open file descriptors flat over 100 workflow writes", async () => {
    await fireWorkflow(t.payload, { collection: 'articles', id: article.id, transition: 'submit', user: n.reporter })
    for (let i = 0; i < 10; i++) await roundTrip()
    const before = openDescriptors()
    for (let i = 0; i < 50; i++) await roundTrip()
    const after = openDescriptors()
    console.log(`open file descriptors over 100 workflow transitions: ${before} → ${after}`)
    expect(after - before).toBeLessThanOrEqual(4)

    const audit = await t.payload.count({
      collection: 'workflow-audit',
      where: { itemId: { equals: article.id } },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1 + 2 * 60)
  }, 600_000)

  it('still rolls a failed transaction back on the pooled connections', async () => {
    const id = await t.payload.db.beginTransaction()
    expect(id).not.toBeNull()
    const req = { transactionID: id ?? undefined, payload: t.payload } as Parameters<typeof t.payload.create>[0]['req']
    await t.payload.create({ collection: 'sections', data: { name: '回滚栏目' }, overrideAccess: true, req })
    await t.payload.db.rollbackTransaction(id as string)
    const { totalDocs } = await t.payload.count({
      collection: 'sections',
      where: { name: { equals: '回滚栏目' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})
