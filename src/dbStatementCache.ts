import { createRequire } from 'node:module'

interface LibsqlStatement {
  all: (...args: unknown[]) => unknown[]
}
interface LibsqlDatabase {
  prepare: (sql: string) => LibsqlStatement
}
type LibsqlDatabaseClass = { prototype: LibsqlDatabase }

/** Prepared statements kept per connection; Payload's SQLite queries come in a few hundred shapes. */
const maxStatements = 500

const patched = Symbol.for('newsroom.libsqlStatementCache')

/** Schema changes: a connection that runs one forgets its statements (a statement's column list is fixed when prepared). */
const schemaChange = /^\s*(alter|create|drop)\s/i
const innermostParentheses = /\([^()]*\)/g
/** A `*` or `t.*` in a select list or after `returning`. */
const starColumn = /(^|[\s,.])\*\s*(from|,|$)/i

/**
 * `select *` / `t.*` in the statement's own result columns expand to the columns of the moment: never cached, so a
 * column added later shows up. A star inside a subquery does not count: Payload's relational queries read arrays with
 * `json_array("_order", "id", …)` over `(select * from …)`, so their result columns are named all the same.
 */
export const returnsStarColumns = (sql: string): boolean => {
  let topLevel = sql
  for (let before = ''; before !== topLevel;) {
    before = topLevel
    topLevel = topLevel.replace(innermostParentheses, '')
  }
  return starColumn.test(topLevel)
}

/**
 * @libsql/client prepares every statement afresh (`db.prepare(sql)` on each execute), and libsql frees a statement's
 * native memory (~3 KB) only when V8 collects its wrapper and the finalizer runs on a later turn of the event loop. A
 * long import makes hundreds of thousands of these: the live total stays bounded, but the churn fragments glibc's heap
 * and resident memory creeps up (bench/README.md, "Memory on SQLite"). Reusing the prepared statement for the same SQL
 * text on the same connection removes most of that churn.
 *
 * Safe because @libsql/client runs each statement synchronously to completion (prepare → all/run) and sets raw mode
 * and safe integers before every use, so no two uses of one statement interleave; SQLite re-prepares a cached
 * statement by itself if the schema changes under it, but keeps the column list it was prepared with, hence the two
 * exceptions below (Payload's queries name their columns).
 */
export const cacheLibsqlStatements = (): void => {
  // @libsql/client loads libsql with require(); patch that same class.
  const Database = createRequire(import.meta.url)('libsql') as LibsqlDatabaseClass & { [patched]?: true }
  if (Database[patched]) return
  Database[patched] = true
  const prepare = Database.prototype.prepare
  const caches = new WeakMap<LibsqlDatabase, Map<string, LibsqlStatement>>()
  Database.prototype.prepare = function cachedPrepare(this: LibsqlDatabase, sql: string): LibsqlStatement {
    if (schemaChange.test(sql)) {
      caches.delete(this)
      return prepare.call(this, sql)
    }
    let cache = caches.get(this)
    if (!cache) caches.set(this, (cache = new Map()))
    const hit = cache.get(sql)
    if (hit) {
      // Most recently used last, so the first key is the one to evict.
      cache.delete(sql)
      cache.set(sql, hit)
      return hit
    }
    if (returnsStarColumns(sql)) return prepare.call(this, sql)
    const statement = prepare.call(this, sql)
    cache.set(sql, statement)
    if (cache.size > maxStatements) cache.delete(cache.keys().next().value as string)
    return statement
  }
}
