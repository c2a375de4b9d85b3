import type { PayloadRequest } from 'payload'

import { staffRole } from '../access/roles'
import type { UserActor } from './types'
import { relationIds } from '../utilities/relationId'

/** The workflow's view of whoever is logged in: staff only; API clients and anonymous readers are not actors. */
export const actorFromUser = (user: PayloadRequest['user']): UserActor | null => {
  const role = staffRole(user)
  if (!role || !user) return null
  const brands = 'brands' in user && Array.isArray(user.brands) ? user.brands : []
  return { kind: 'user', id: String(user.id), role, brandIds: relationIds(brands) }
}
