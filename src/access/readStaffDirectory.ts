import type { Access } from 'payload'

import { staffRole } from './roles'

/**
 * The staff directory: editors, reporters and admins see colleagues' accounts (names on bylines, owners, reviewers);
 * a correspondent, who writes from outside, sees only their own; anonymous readers see none.
 */
export const readStaffDirectory: Access = ({ req: { user } }) => {
  const role = staffRole(user)
  if (!role || !user) return false
  if (role === 'correspondent') return { id: { equals: user.id } }
  return true
}
