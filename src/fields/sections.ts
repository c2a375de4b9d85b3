import type { RelationshipField } from 'payload'

import { tl } from '../i18n'
import { mustExist } from './mustExist'

/** 栏目: the sections an item is filed under (a leaf or any level of the tree), in the sidebar. */
export const sectionsField = (): RelationshipField => ({
  name: 'sections',
  type: 'relationship',
  relationTo: 'sections',
  filterOptions: mustExist,
  hasMany: true,
  label: tl('fields:sections'),
  admin: { position: 'sidebar' },
})
