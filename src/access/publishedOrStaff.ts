import type { Access } from 'payload'

import { staffRole } from './roles'

/** Readers outside the newsroom see only the published version of a document. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (staffRole(user)) return true
  return { _status: { equals: 'published' } }
}
