import type { Access } from 'payload'

import { staffRole } from './roles'

export const isStaff: Access = ({ req: { user } }) => staffRole(user) !== null
