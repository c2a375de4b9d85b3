import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { staffRole } from './roles'

export const isAdminUser = (user: PayloadRequest['user']): boolean => staffRole(user) === 'admin'

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)

/** Jobs endpoints (run, queue, cancel) take a boolean predicate, not a query. */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => isAdminUser(req.user)
