import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { bilingual, tl } from '../../i18n'
import { slugField } from '../../fields/slug'
import { preventCycle } from './hooks/preventCycle'
import { mustExist } from '../../fields/mustExist'

export const Sections: CollectionConfig<'sections'> = {
  slug: 'sections',
  labels: { singular: tl('collections:sections:section'), plural: tl('collections:sections:sections') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'brands', 'order'],
    group: bilingual('groups:organisation'),
  },
  defaultSort: 'order',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [preventCycle],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: tl('collections:sections:name') },
    slugField('sections', 'name'),
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      filterOptions: mustExist,
      hasMany: true,
      label: tl('collections:sections:brands'),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'sections',
      filterOptions: mustExist,
      label: tl('collections:sections:parentSection'),
    },
    { name: 'order', type: 'number', defaultValue: 0, label: tl('collections:sections:order') },
    { name: 'description', type: 'textarea', label: tl('collections:sections:description') },
  ],
}
