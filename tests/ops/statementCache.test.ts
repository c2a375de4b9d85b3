import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { cacheLibsqlStatements, returnsStarColumns } from '../../src/dbStatementCache'

interface Statement {
  all: (...args: unknown[]) => unknown[]
}
type Database = { prepare: (sql: string) => Statement; exec: (sql: string) => void; close: () => void }
const Database = createRequire(import.meta.url)('libsql') as new (file: string) => Database

/** src/dbStatementCache.ts: libsql statements reused per connection and SQL text (issue #12, import memory). */
describe('prepared statements cached per connection', () => {
  let dir: string
  let client: Client

  beforeAll(async () => {
    cacheLibsqlStatements()
    cacheLibsqlStatements() // twice is harmless: patched once
    dir = await mkdtemp(path.join(tmpdir(), 'statement-cache-'))
    client = createClient({ url: `file:${path.join(dir, 'cache.db')}` })
    await client.execute('create table story (id integer primary key, slug text unique not null, title text)')
  })
  afterAll(async () => {
    client.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('hands back the same statement for the same SQL on one connection, a different one on another', () => {
    const one = new Database(path.join(dir, 'cache.db'))
    const two = new Database(path.join(dir, 'cache.db'))
    try {
      expect(one.prepare('select 1 as x')).toBe(one.prepare('select 1 as x'))
      expect(one.prepare('select 1 as x')).not.toBe(one.prepare('select 2 as x'))
      expect(two.prepare('select 1 as x')).not.toBe(one.prepare('select 1 as x'))
    } finally {
      one.close()
      two.close()
    }
  })

  it('binds fresh arguments on every use of a cached statement', async () => {
    for (let i = 0; i < 20; i++) {
      await client.execute({ sql: 'insert into story (slug, title) values (?, ?)', args: [`s-${i}`, `标题 ${i}`] })
    }
    for (const i of [0, 7, 19]) {
      const result = await client.execute({ sql: 'select title from story where slug = ?', args: [`s-${i}`] })
      expect(result.rows.map((row) => row.title)).toEqual([`标题 ${i}`])
    }
    const none = await client.execute({ sql: 'select title from story where slug = ?', args: ['missing'] })
    expect(none.rows).toEqual([])
  })

  it('keeps working after a statement fails, and the failure stores nothing', async () => {
    const insert = 'insert into story (slug, title) values (?, ?)'
    await expect(client.execute({ sql: insert, args: ['s-3', 'duplicate'] })).rejects.toThrow(/UNIQUE constraint/)
    await client.execute({ sql: insert, args: ['s-after', 'after the failure'] })
    const rows = await client.execute({
      sql: 'select slug, title from story where slug in (?, ?)',
      args: ['s-3', 's-after'],
    })
    expect(rows.rows.map((row) => [row.slug, row.title])).toEqual([
      ['s-3', '标题 3'],
      ['s-after', 'after the failure'],
    ])
  })

  it('sees a schema change made after the statement was cached', async () => {
    const select = { sql: 'select * from story where slug = ?', args: ['s-1'] }
    expect((await client.execute(select)).columns).toEqual(['id', 'slug', 'title'])
    await client.execute('alter table story add column kicker text')
    await client.execute({ sql: 'update story set kicker = ? where slug = ?', args: ['引题', 's-1'] })
    const after = await client.execute(select)
    expect(after.columns).toEqual(['id', 'slug', 'title', 'kicker'])
    expect(after.rows[0]?.kicker).toBe('引题')
  })

  it('caches what Payload asks most (stars only inside subqueries), never a statement that returns star columns', () => {
    const payloadArticleRead =
      'select "id", "headline", (select coalesce(json_group_array(json_array("_order", "id", "level")), json_array()) ' +
      'as "data" from (select * from "brands_review_levels" "r" where "r"."_parent_id" = "brands"."id" ' +
      'order by "r"."_order" asc) "r") as "review_levels" from "brands" where "brands"."id" = ? limit ?'
    expect(returnsStarColumns(payloadArticleRead)).toBe(false)
    expect(returnsStarColumns('select count(*) as "count" from "articles" where "id" in (select * from x)')).toBe(false)
    expect(returnsStarColumns('select * from story where slug = ?')).toBe(true)
    expect(returnsStarColumns('SELECT "s".*, (select 1) as one FROM story "s"')).toBe(true)
    expect(returnsStarColumns('insert into story (slug) values (?) returning *')).toBe(true)
    expect(returnsStarColumns('select * from (select id from story)')).toBe(true)
    // An unbalanced parenthesis in a literal leaves the subquery in place: not cached, the safe side.
    expect(returnsStarColumns("select (select * from x where a = '(') as y from z")).toBe(true)

    const db = new Database(path.join(dir, 'cache.db'))
    try {
      const nested = 'select id, (select count(*) from (select * from story)) as n from story where id = 1'
      expect(db.prepare(nested)).toBe(db.prepare(nested))
      expect(db.prepare('select * from story')).not.toBe(db.prepare('select * from story'))
    } finally {
      db.close()
    }
  })

  it("forgets a connection's statements when it changes the schema", () => {
    const db = new Database(path.join(dir, 'cache.db'))
    try {
      const title = db.prepare('select title from story where id = 1')
      expect(db.prepare('select title from story where id = 1')).toBe(title)
      db.prepare('create table if not exists extra (id integer primary key)')
      expect(db.prepare('select title from story where id = 1')).not.toBe(title)
    } finally {
      db.close()
    }
  })

  it('keeps at most 500 statements per connection, evicting the least recently used', () => {
    const db = new Database(path.join(dir, 'cache.db'))
    try {
      const first = db.prepare('select 0 as n')
      const kept = db.prepare('select 1 as n')
      for (let n = 2; n <= 500; n++) {
        db.prepare(`select ${n} as n`)
        if (n % 100 === 0) expect(db.prepare('select 1 as n')).toBe(kept) // used again: stays
      }
      expect(db.prepare('select 1 as n')).toBe(kept)
      const again = db.prepare('select 0 as n')
      expect(again).not.toBe(first)
      expect(again.all()).toEqual([{ n: 0 }])
    } finally {
      db.close()
    }
  })
})
