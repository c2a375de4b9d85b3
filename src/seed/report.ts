import type { Payload } from 'payload'

import { demoUsers } from './demoUsers'
import type { SeedResult } from './index'

/** Prints the demo log-ins; the password is shown only by the run that created the accounts. */
export const printDemoLogins = (payload: Payload, result: SeedResult): void => {
  if (process.env.NODE_ENV === 'production') return
  const password = result.demoPassword
    ? result.demoPassword
    : process.env.SEED_DEMO_PASSWORD
      ? '(SEED_DEMO_PASSWORD)'
      : '(printed when the accounts were created; set SEED_DEMO_PASSWORD and reseed an empty database to choose one)'
  const lines = demoUsers.map((user) => `  ${user.email.padEnd(30)} ${user.role.padEnd(14)} ${user.name}`)
  payload.logger.info(`Demo log-ins (password: ${password}):\n${lines.join('\n')}`)
}
