import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * What the application relies on the database for, on every adapter it runs on: SQLite (npm test) and a MongoDB
 * replica set (npm run test:mongo). The in-memory Congo server has neither guarantee, so scripts/mongo-exclusions.json
 * skips these two there; everywhere else they must hold.
 */
describe('database guarantees', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload()
  })
  afterAll(async () => {
    await t?.close()
  })

  it('a unique field is enforced by the database index', async () => {
    // Brand names have no application-level duplicate check (slugs do): only the unique index stops a second one.
    await t.payload.create({
      collection: 'brands',
      data: { name: '观海新闻', kind: 'digital', reviewLevels: 1 },
      overrideAccess: true,
    })
    await expect(
      t.payload.create({
        collection: 'brands',
        data: { name: '观海新闻', kind: 'digital', reviewLevels: 1 },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    const { totalDocs } = await t.payload.count({
      collection: 'brands',
      where: { name: { equals: '观海新闻' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  it('a write inside a rolled-back transaction leaves nothing behind', async () => {
    const req = await createLocalReq({}, t.payload)
    expect(await initTransaction(req)).toBe(true)
    await t.payload.create({
      collection: 'brands',
      data: { name: '回滚品牌', kind: 'print', reviewLevels: 1 },
      overrideAccess: true,
      req,
    })
    await killTransaction(req)
    const { totalDocs } = await t.payload.count({
      collection: 'brands',
      where: { name: { equals: '回滚品牌' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})
