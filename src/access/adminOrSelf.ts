import type { Access } from 'payload'

import { staffRole } from './roles'

/** Admins see every account; other staff only their own; anonymous readers none. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  const role = staffRole(user)
  if (role === 'admin') return true
  if (role && user) return { id: { equals: user.id } }
  return false
}
