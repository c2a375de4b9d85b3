import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access/isStaff'
import { brandsField } from '../../fields/brands'
import { label } from '../../fields/label'
import { sectionsField } from '../../fields/sections'
import { slugField } from '../../fields/slug'
import { bodyField } from './fields/body'
import { contributorsField } from './fields/contributors'
import { importSourceField } from './fields/importSource'
import { setByline } from './hooks/setByline'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { mustExist } from '../../fields/mustExist'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: { singular: label('稿件', 'Article'), plural: label('稿件', 'Articles') },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'workflowState', 'byline', 'sections', '_status', 'updatedAt'],
    group: label('内容', 'Content'),
  },
  // Scheduling goes through the workflow (签发 then 定时发布), not Payload's own schedule-publish.
  // Drafts are validated too: bad input is a 400 whether or not the story is live.
  // 回收站: deleting moves an item to the trash; only admins empty it (access.delete).
  trash: true,
  versions: { drafts: { autosave: { interval: 2000 }, validate: true }, maxPerDoc: 50 },
  // read, update and delete: the workflow's (workflowPlugin); anyone on staff may start a new item.
  access: { create: isStaff },
  hooks: { beforeChange: [setByline, stampPublishedAt] },
  fields: [
    { name: 'kicker', type: 'text', label: label('引题', 'Kicker') },
    { name: 'headline', type: 'text', required: true, label: label('主题', 'Headline') },
    { name: 'subheadline', type: 'text', label: label('副题', 'Subheadline') },
    slugField('articles', 'headline'),
    { name: 'summary', type: 'textarea', label: label('导语', 'Summary') },
    {
      name: 'dateline',
      type: 'text',
      label: label('电头', 'Dateline'),
      admin: { description: label('如“本报12月9日讯”', 'e.g. 本报12月9日讯') },
    },
    bodyField,
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      filterOptions: mustExist,
      label: label('题图', 'Cover image'),
    },
    contributorsField,
    {
      name: 'byline',
      type: 'text',
      label: label('署名', 'Byline'),
      admin: { readOnly: true, description: label('由作者与品牌自动生成', 'Rendered from contributors and brands') },
    },
    brandsField(),
    sectionsField(),
    { name: 'tags', type: 'text', hasMany: true, label: label('标签', 'Tags'), admin: { position: 'sidebar' } },
    {
      name: 'printEdition',
      type: 'group',
      label: label('见报信息', 'Print edition'),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'date',
          type: 'date',
          label: label('见报日期', 'Date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'page',
          type: 'text',
          label: label('版次', 'Page'),
          admin: { description: label('如“A3”或“6”', 'e.g. A3 or 6') },
        },
      ],
    },
    importSourceField,
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label('首发时间', 'First published'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
