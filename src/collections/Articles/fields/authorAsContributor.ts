import type { User } from '../../../payload-types'

type Contributor = { role: 'reporter' | 'correspondent'; name: string; organisation?: string | null; user: string }

/** The default contributors of a new article: the author, when the author is a reporter or correspondent. */
export const authorAsContributor = ({ user }: { user?: Partial<User> | null }): Contributor[] | undefined => {
  if (!user?.id || !user.name || (user.role !== 'reporter' && user.role !== 'correspondent')) return undefined
  return [{ role: user.role, name: user.name, organisation: user.organisation ?? null, user: String(user.id) }]
}
