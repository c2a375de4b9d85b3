import type { Access, FieldAccess } from 'payload'

import { staffRole } from './roles'

export const isAdmin: Access = ({ req: { user } }) => staffRole(user) === 'admin'

export const isAdminField: FieldAccess = ({ req: { user } }) => staffRole(user) === 'admin'
