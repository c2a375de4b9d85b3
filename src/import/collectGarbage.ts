import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | null = null

/**
 * libsql ran every transaction on a connection of its own that nothing closed, native memory the garbage collector does
 * not count: measured then, an import of 300 stories grew from 330 MB to 1 GB resident, with 90 MB of live JavaScript,
 * and collecting every few dozen stories kept it at ~400 MB. Transactions now reuse pooled connections
 * (src/dbTransactionConnections.ts); the collection stays until a long import is measured again without it. `--expose-gc` is enabled at run time because `npm run import` starts Node without it.
 */
export const collectGarbage = (): void => {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}
