import {
  createClient,
  type Client,
  type Config,
  type InStatement,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

const begin: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** Connections kept open between transactions; transactions are queued one at a time, so one is nearly always enough. */
const maxIdle = 2

/**
 * @libsql/client's `transaction()` hands its open connection to the transaction, opens a new one for the client, and
 * never closes the one it handed over: two file descriptors and ~0.3 MB per write transaction until the process ends
 * (bench/probes/transactionLeak.ts; libsql-client-ts#350), and the client's replacement connection has lost its busy
 * timeout. Instead, transactions here run on connections of their own, taken from a small pool and returned on commit
 * or rollback; the client's own connection is never given away.
 */
const pooledTransactions = (client: Client, config: Config, pragmas: string[]) => {
  const idle: Client[] = []
  const open = async (): Promise<Client> => {
    const connection = createClient(config)
    for (const pragma of pragmas) await connection.execute(pragma)
    return connection
  }
  const release = (connection: Client): void => {
    if (idle.length < maxIdle && !connection.closed) idle.push(connection)
    else connection.close()
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const connection = idle.pop() ?? (await open())
    try {
      await connection.execute(begin[mode])
    } catch (error) {
      release(connection)
      throw error
    }
    let done = false
    const end = async (statement: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
      if (done) return
      try {
        await connection.execute(statement)
        done = true
      } catch (error) {
        if (statement === 'ROLLBACK') done = true
        // A failed COMMIT leaves the transaction open; the caller rolls back next, as drizzle does.
        throw error
      } finally {
        if (done) release(connection)
      }
    }
    const guard = (): void => {
      if (done) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
    }
    return {
      execute: async (statement: InStatement): Promise<ResultSet> => {
        guard()
        return connection.execute(statement)
      },
      batch: async (statements: InStatement[]): Promise<ResultSet[]> => {
        const results: ResultSet[] = []
        for (const statement of statements) {
          guard()
          results.push(await connection.execute(statement))
        }
        return results
      },
      executeMultiple: async (): Promise<void> => {
        // The client's executeMultiple rolls back any open transaction when it ends; nothing of ours calls it.
        throw new Error('executeMultiple is not supported inside a transaction')
      },
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => void end('ROLLBACK').catch(() => undefined),
      get closed() {
        return done
      },
    } as Transaction
  }

  return { closeIdle: () => idle.splice(0).forEach((connection) => connection.close()) }
}

/** Gives the SQLite adapter's client pooled transaction connections as soon as it has connected. */
export const reuseTransactionConnections = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as SQLiteAdapter
    const connect = adapter.connect?.bind(adapter)
    const destroy = adapter.destroy?.bind(adapter)
    let pool: ReturnType<typeof pooledTransactions> | undefined
    adapter.connect = async (options) => {
      await connect?.(options)
      if (pool || !adapter.client) return
      const pragmas = [
        `PRAGMA busy_timeout = ${adapter.busyTimeout ?? 0}`,
        ...(adapter.wal ? [`PRAGMA synchronous = ${adapter.wal.synchronous}`] : []),
      ]
      // Migrations at start ran on the client's own transaction(), which replaced its connection: restore the timeout.
      await adapter.client.execute(pragmas[0] as string)
      pool = pooledTransactions(adapter.client, adapter.clientConfig as Config, pragmas)
    }
    adapter.destroy = async () => {
      pool?.closeIdle()
      await destroy?.()
    }
    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})
