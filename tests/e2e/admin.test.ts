import { describe } from '@jest/globals'

import { useAdminSession } from '../helpers/adminSession'
import { warnIfNoBrowser } from '../helpers/browser'
import { describeAdminWorkflow } from './suites/adminWorkflow'
import { describeChannels } from './suites/channels'
import { describeImportView } from './suites/importView'
import { describeLexicalValidation } from './suites/lexicalValidation'
import { describeNewsroom } from './suites/newsroom'
import { describeSavedUpload } from './suites/savedUpload'

warnIfNoBrowser('The admin browser tests')

/**
 * Every browser suite against one real server with its seeded demo newsroom, in one Chromium: the Next dev server
 * compiles the admin once for all of them. Each suite works on items it creates, with headlines of its own.
 */
describe('the real server and its admin', () => {
  const session = useAdminSession()
  describeNewsroom(session)
  describeAdminWorkflow(session)
  describeLexicalValidation(session)
  describeImportView(session)
  describeChannels(session)
  describeSavedUpload(session)
})
