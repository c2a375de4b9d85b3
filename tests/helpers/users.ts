import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

export const testPassword = 'correct horse battery staple'

/** Creates a staff account directly (bypassing access) and returns it with its password. */
export const createUser = async (
  payload: Payload,
  role: Role,
  email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.local`,
): Promise<User> =>
  payload.create({
    collection: 'users',
    data: { email, password: testPassword, name: `${role} ${email}`, role },
    overrideAccess: true,
  })
