import type { PayloadRequest } from 'payload'

export const roles = ['reporter', 'correspondent', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

type RequestUser = PayloadRequest['user']

/** Only members of the `users` collection are newsroom staff; API clients and anonymous readers are not. */
export const staffRole = (user: RequestUser): Role | null =>
  user && user.collection === 'users' && roles.includes(user.role as Role) ? (user.role as Role) : null
