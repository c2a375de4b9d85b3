import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { label } from '../../fields/label'
import { slugField } from '../../fields/slug'
import { preventCycle } from './hooks/preventCycle'
import { mustExist } from '../../fields/mustExist'

export const Sections: CollectionConfig<'sections'> = {
  slug: 'sections',
  labels: { singular: label('栏目', 'Section'), plural: label('栏目', 'Sections') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'brands', 'order'],
    group: label('组织', 'Organisation'),
  },
  defaultSort: 'order',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [preventCycle],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('名称', 'Name') },
    slugField('sections', 'name'),
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      filterOptions: mustExist,
      hasMany: true,
      label: label('所属品牌', 'Brands'),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'sections',
      filterOptions: mustExist,
      label: label('上级栏目', 'Parent section'),
    },
    { name: 'order', type: 'number', defaultValue: 0, label: label('排序', 'Order') },
    { name: 'description', type: 'textarea', label: label('简介', 'Description') },
  ],
}
