import type { PayloadRequest } from 'payload'

import { staffRole } from './roles'

/**
 * Signed draft links are handed out by newsroom staff only (API clients and anonymous readers never); which items a
 * staff member may link is their read scope, applied by the endpoint's `findByID` with `overrideAccess: false`.
 */
export const mayCreatePreviewLink = (user: PayloadRequest['user']): boolean => staffRole(user) !== null
