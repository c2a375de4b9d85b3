import type { FieldAccess } from 'payload'

import { staffRole } from './roles'

/** Staff-only fields: anonymous readers and API clients (who are logged in, but not staff) never read them. */
export const isStaffField: FieldAccess = ({ req: { user } }) => staffRole(user) !== null
