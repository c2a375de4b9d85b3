import { spawnSync } from 'node:child_process'

import { CliError } from './cliError'

/** Node's exit code for a top-level await that never settled. */
const STALLED = 13
const ATTEMPTS = 3

/**
 * Under tsx (its module.register() loader thread, Node 20) loading Payload's module graph now and then loses a pending
 * import: the promise never settles, the event loop drains and Node exits with 13 — silently, before anything was read
 * or written (payloadcms/payload#17757; measured here on roughly one start in six). The command is then run again, in
 * the same terminal, and its exit code becomes ours. The CLIs load Payload only after this is armed.
 */
const rerunWhenLoadingStalls = (): void => {
  process.on('exit', (code) => {
    // Node 20 reports the unsettled await in process.exitCode, with 0 as the event's argument.
    if (code !== STALLED && process.exitCode !== STALLED) return
    const attempt = Number(process.env.NEWSROOM_CLI_ATTEMPT ?? 1)
    if (attempt >= ATTEMPTS) return
    process.stderr.write(
      `Loading stalled (a tsx loader race); running the command again (attempt ${attempt + 1} of ${ATTEMPTS}).\n`,
    )
    const rerun = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, NEWSROOM_CLI_ATTEMPT: String(attempt + 1) },
    })
    process.exitCode = rerun.status ?? 1
  })
}

/** The end of every CLI here: exit with main's code; a CliError is one line on stderr, anything else its stack. */
export const runCli = async (main: () => Promise<number>): Promise<never> => {
  rerunWhenLoadingStalls()
  // `… | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1))
  try {
    process.exit(await main())
  } catch (error) {
    const known = error instanceof CliError
    process.stderr.write(
      `${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exit(known ? error.exitCode : 1)
  }
}
