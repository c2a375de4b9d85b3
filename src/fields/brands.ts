import type { RelationshipField } from 'payload'

import { label } from './label'
import { mustExist } from './mustExist'

const idOf = (value: unknown): string => String(typeof value === 'object' && value && 'id' in value ? value.id : value)

/** Which publications an item runs in; a new item starts with the author's own brands (and so their review chain). */
export const brandsField = (): RelationshipField => ({
  name: 'brands',
  type: 'relationship',
  relationTo: 'brands',
  filterOptions: mustExist,
  hasMany: true,
  label: label('品牌', 'Brands'),
  defaultValue: ({ user }: { user?: { brands?: unknown } | null }) => (Array.isArray(user?.brands) ? user.brands.map(idOf) : undefined),
  admin: { position: 'sidebar' },
})
