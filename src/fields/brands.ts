import type { RelationshipField } from 'payload'

import { tl } from '../i18n'
import { mustExist } from './mustExist'
import { relationIds } from '../utilities/relationId'

/**
 * Which publications an item runs in; a new item starts in the author's default brand — the first of their brands —
 * and so in its review chain. Running it in more brands is a choice, not a default.
 */
export const brandsField = (): RelationshipField => ({
  name: 'brands',
  type: 'relationship',
  relationTo: 'brands',
  filterOptions: mustExist,
  hasMany: true,
  label: tl('fields:brands'),
  defaultValue: ({ user }: { user?: { brands?: unknown } | null }) =>
    Array.isArray(user?.brands) && user.brands.length > 0 ? relationIds(user.brands.slice(0, 1)) : undefined,
  admin: { position: 'sidebar' },
})
