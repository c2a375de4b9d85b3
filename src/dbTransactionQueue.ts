import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * SQLite allows one writer at a time, and libsql opens each transaction on a fresh connection that has no busy
 * timeout, so a second concurrent BEGIN fails at once with SQLITE_BUSY. Queueing transactions in the process
 * turns that into waiting. A holder that never finishes releases the queue after `maxWaitMs`, so a bug surfaces
 * as SQLITE_BUSY instead of a hang.
 */
export const queueTransactions = (adapterObj: DatabaseAdapterObj, maxWaitMs = 15_000): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter
    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const releases = new Map<string | number, () => void>()
    let tail: Promise<void> = Promise.resolve()

    adapter.beginTransaction = async (options) => {
      let release!: () => void
      const previous = tail
      tail = new Promise<void>((resolve) => (release = resolve))
      await Promise.race([previous, new Promise((resolve) => setTimeout(resolve, maxWaitMs).unref())])
      try {
        const id = await begin(options)
        if (id === null) release()
        else releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const finish =
      (end: (id: string | number) => Promise<void>) => async (id: string | number | Promise<string | number>) => {
        const key = await id
        try {
          await end(key)
        } finally {
          releases.get(key)?.()
          releases.delete(key)
        }
      }
    adapter.commitTransaction = finish(commit)
    adapter.rollbackTransaction = finish(rollback)
    return adapter
  },
})
