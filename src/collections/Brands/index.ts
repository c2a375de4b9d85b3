import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaffField } from '../../access/isStaffField'
import { label } from '../../fields/label'
import { slugField } from '../../fields/slug'
import { mustExist } from '../../fields/mustExist'

export const Brands: CollectionConfig<'brands'> = {
  slug: 'brands',
  labels: { singular: label('品牌', 'Brand'), plural: label('品牌', 'Brands') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'reviewLevels', 'slug'],
    group: label('组织', 'Organisation'),
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: label('名称', 'Name') },
    slugField('brands', 'name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'digital',
      label: label('类型', 'Kind'),
      options: [
        { value: 'print', label: label('报纸', 'Print') },
        { value: 'digital', label: label('数字', 'Digital') },
      ],
    },
    {
      name: 'bylineLabel',
      type: 'text',
      label: label('署名用名', 'Byline label'),
      admin: {
        description: label(
          '署名中出现的名称，如“青岛日报”；留空则用品牌名称',
          'Name printed in bylines, e.g. 青岛日报; defaults to the brand name',
        ),
      },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', filterOptions: mustExist, label: label('标志', 'Logo') },
    { name: 'siteUrl', type: 'text', label: label('网站地址', 'Site URL'), validate: validateUrl },
    {
      name: 'reviewLevels',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 1,
      max: 3,
      label: label('审核级数', 'Review levels'),
      admin: { description: label('三审制：1 至 3 级，最后一级签发', 'One to three levels; the last level signs off') },
    },
    {
      name: 'reviewers',
      type: 'array',
      label: label('各级审核人', 'Reviewers per level'),
      access: { read: isStaffField },
      fields: [
        { name: 'level', type: 'number', required: true, min: 1, max: 3, label: label('级别', 'Level') },
        {
          name: 'editors',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          required: true,
          label: label('审核编辑', 'Editors'),
          filterOptions: { role: { in: ['editor', 'admin'] } },
        },
      ],
    },
  ],
}

function validateUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Site URL must start with http:// or https://'
  } catch {
    return 'Site URL is not a valid URL / 网址格式不正确'
  }
}
