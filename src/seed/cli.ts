import { getPayload } from 'payload'

import config from '../../payload.config'
import { seed } from './index'
import { printDemoLogins } from './report'

const payload = await getPayload({ config })
const result = await seed(payload)
payload.logger.info(`Seed finished: ${result.created} document(s) created.`)
printDemoLogins(payload, result)
await payload.destroy()
process.exit(0)
