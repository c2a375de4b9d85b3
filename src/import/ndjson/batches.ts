import type { Payload, PayloadRequest } from 'payload'

/** Writes per transaction: a failed load rolls back at most this many, and SQLite is spared a commit per row. */
const BATCH = 200

/** Batches of writes, each in a transaction when the database has them. */
export const batches = (payload: Payload) => {
  let req: Partial<PayloadRequest> = {}
  let transactionID: number | string | null = null
  let writes = 0
  const commit = async (): Promise<void> => {
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    transactionID = null
    writes = 0
  }
  return {
    next: async (): Promise<Partial<PayloadRequest>> => {
      if (writes >= BATCH) await commit()
      if (writes === 0) {
        transactionID = await payload.db.beginTransaction()
        req = transactionID === null ? {} : { transactionID }
      }
      writes++
      return req
    },
    commit,
    rollback: async (): Promise<void> => {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      transactionID = null
    },
  }
}
