import type { Payload } from 'payload'

import { seed } from './index'
import { printDemoLogins } from './report'

/** `npm run dev` on an empty database seeds the demo newsroom; later boots only print the log-ins. */
export const seedOnEmptyDatabase = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) {
    printDemoLogins(payload, { created: 0, demoPassword: null })
    return
  }
  payload.logger.info('Empty database: seeding the demo newsroom…')
  printDemoLogins(payload, await seed(payload))
}
