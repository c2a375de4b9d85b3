import { describe, expect, it } from '@jest/globals'

import { TaggedCache } from '../../src/delivery/cache'

interface Value {
  body: string
  tags: string[]
}

const cacheOf = (options: Partial<{ maxEntries: number; maxBytes: number; ttlMs: number; now: () => number }> = {}) =>
  new TaggedCache<Value>({
    maxEntries: 100,
    maxBytes: 10_000,
    ttlMs: 60_000,
    sizeOf: (value) => value.body.length,
    tagsOf: (value) => value.tags,
    ...options,
  })

const deferred = <T>() => {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

describe('the tagged response cache', () => {
  it('serves repeats from memory and forgets entries by tag', async () => {
    const cache = cacheOf()
    let builds = 0
    const build = (tags: string[]) => async () => ({ body: `v${++builds}`, tags })
    expect(await cache.getOrCreate('a', build(['article:1', 'lists']))).toEqual({
      body: 'v1',
      tags: ['article:1', 'lists'],
    })
    expect((await cache.getOrCreate('a', build(['article:1']))).body).toBe('v1')
    await cache.getOrCreate('b', build(['article:2']))
    cache.purge(['article:1'])
    expect((await cache.getOrCreate('a', build(['article:1']))).body).toBe('v3')
    expect((await cache.getOrCreate('b', build(['article:2']))).body).toBe('v2')
  })

  it('shares one computation between concurrent misses', async () => {
    const cache = cacheOf()
    const gate = deferred<Value>()
    let builds = 0
    const build = () => {
      builds++
      return gate.promise
    }
    const both = Promise.all([cache.getOrCreate('k', build), cache.getOrCreate('k', build)])
    gate.resolve({ body: 'x', tags: [] })
    expect((await both).map((value) => value.body)).toEqual(['x', 'x'])
    expect(builds).toBe(1)
  })

  it('does not store a result computed while a change was under way (it may predate the commit)', async () => {
    const cache = cacheOf()
    const gate = deferred<Value>()
    const pending = cache.getOrCreate('k', () => gate.promise)
    cache.changeStarted(['article:1'])
    gate.resolve({ body: 'old', tags: ['article:1'] })
    expect((await pending).body).toBe('old')
    // Still under way: computed, served, not stored.
    expect((await cache.getOrCreate('k', async () => ({ body: 'during', tags: [] }))).body).toBe('during')
    cache.changeSettled(['article:1'])
    expect((await cache.getOrCreate('k', async () => ({ body: 'new', tags: [] }))).body).toBe('new')
    expect((await cache.getOrCreate('k', async () => ({ body: 'newer', tags: [] }))).body).toBe('new')
    expect(cache.stats()).toMatchObject({ entries: 1, changesInFlight: 0 })
  })

  it('evicts the least recently used entry past its bounds, and expires entries after the TTL', async () => {
    let now = 0
    const cache = cacheOf({ maxEntries: 2, now: () => now })
    const value = (body: string) => async () => ({ body, tags: [] })
    await cache.getOrCreate('a', value('a'))
    await cache.getOrCreate('b', value('b'))
    await cache.getOrCreate('a', value('a2'))
    await cache.getOrCreate('c', value('c'))
    expect((await cache.getOrCreate('b', value('b2'))).body).toBe('b2')
    expect((await cache.getOrCreate('c', value('c2'))).body).toBe('c')
    now = 61_000
    expect((await cache.getOrCreate('c', value('c3'))).body).toBe('c3')

    const small = cacheOf({ maxBytes: 100 })
    await small.getOrCreate('big', value('x'.repeat(60)))
    expect(small.stats().entries).toBe(0)
  })
})
