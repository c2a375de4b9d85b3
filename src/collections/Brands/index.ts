import type { CollectionConfig, PayloadRequest } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaffField } from '../../access/isStaffField'
import { bilingual, tl, translate } from '../../i18n'
import { slugField } from '../../fields/slug'
import { mustExist } from '../../fields/mustExist'

export const Brands: CollectionConfig<'brands'> = {
  slug: 'brands',
  labels: { singular: tl('collections:brands:brand'), plural: tl('collections:brands:brands') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'reviewLevels', 'slug'],
    group: bilingual('groups:organisation'),
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: tl('collections:brands:name') },
    slugField('brands', 'name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'digital',
      label: tl('collections:brands:kind'),
      options: [
        { value: 'print', label: tl('collections:brands:print') },
        { value: 'digital', label: tl('collections:brands:digital') },
      ],
    },
    {
      name: 'bylineLabel',
      type: 'text',
      label: tl('collections:brands:bylineLabel'),
      admin: {
        description: tl('collections:brands:namePrintedInBylinesDefaults'),
      },
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      filterOptions: mustExist,
      label: tl('collections:brands:logo'),
    },
    { name: 'siteUrl', type: 'text', label: tl('collections:brands:siteUrl'), validate: validateUrl },
    {
      name: 'reviewLevels',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 1,
      max: 3,
      label: tl('collections:brands:reviewLevels'),
      admin: { description: tl('collections:brands:oneToThreeLevelsLast') },
    },
    {
      name: 'reviewers',
      type: 'array',
      label: tl('collections:brands:reviewersPerLevel'),
      access: { read: isStaffField },
      fields: [
        { name: 'level', type: 'number', required: true, min: 1, max: 3, label: tl('collections:brands:level') },
        {
          name: 'editors',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          required: true,
          label: tl('collections:brands:editors'),
          filterOptions: { role: { in: ['editor', 'admin'] } },
        },
      ],
    },
  ],
}

function validateUrl(value: string | null | undefined, { req }: { req: PayloadRequest }): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : translate(req, 'messages:collections:index:siteUrlMustStart')
  } catch {
    return translate(req, 'messages:collections:index:siteUrlIsNot')
  }
}
