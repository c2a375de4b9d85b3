import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | null = null

/**
 * libsql runs every transaction on a connection of its own and leaves closing it to the garbage collector, which does
 * not count that native memory (a few MB per connection) and so runs too rarely: measured here, an import of 300
 * stories grew from 330 MB to 1 GB resident, with 90 MB of live JavaScript. Collecting every few dozen stories keeps
 * it flat at ~400 MB. `--expose-gc` is enabled at run time because `npm run import` starts Node without it.
 */
export const collectGarbage = (): void => {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}
