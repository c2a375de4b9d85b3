import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestPayload } from '../helpers/payload'

describe('boot', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload()
  })
  afterAll(async () => {
    await t?.close()
  })
  it('creates a brand', async () => {
    const brand = await t.payload.create({
      collection: 'brands',
      data: { name: '青岛日报', kind: 'print', reviewLevels: 3 },
      overrideAccess: true,
    })
    expect(brand.slug).toBe('青岛日报')
    expect(typeof brand.id).toBe('string')
  })
})
