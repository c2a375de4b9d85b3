import type { RelationshipField } from 'payload'

import { label } from './label'
import { mustExist } from './mustExist'

/** 栏目: the sections an item is filed under (a leaf or any level of the tree), in the sidebar. */
export const sectionsField = (): RelationshipField => ({
  name: 'sections',
  type: 'relationship',
  relationTo: 'sections',
  filterOptions: mustExist,
  hasMany: true,
  label: label('栏目', 'Sections'),
  admin: { position: 'sidebar' },
})
