import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access/isStaff'
import { brandsField } from '../../fields/brands'
import { label } from '../../fields/label'
import { sectionsField } from '../../fields/sections'
import { slugField } from '../../fields/slug'
import { validateDateRange } from './validateDateRange'
import { mustExist } from '../../fields/mustExist'

/** A photo-caption item (图说): standalone photo news, or embedded in an article's body. */
export const PhotoCaptions: CollectionConfig<'photo-captions'> = {
  slug: 'photo-captions',
  labels: { singular: label('图片说明', 'Photo caption'), plural: label('图说', 'Photo captions') },
  admin: {
    useAsTitle: 'caption',
    defaultColumns: ['caption', 'workflowState', 'eventDate', 'photographer', '_status'],
    group: label('内容', 'Content'),
  },
  // Drafts are validated too: bad input is a 400 whether or not the story is live.
  // 回收站: deleting moves an item to the trash; only admins empty it (access.delete).
  trash: true,
  versions: { drafts: { autosave: { interval: 2000 }, validate: true }, maxPerDoc: 50 },
  // read, update and delete: the workflow's (workflowPlugin); anyone on staff may start a new item.
  access: { create: isStaff },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', filterOptions: mustExist, label: label('图片', 'Image') },
    { name: 'caption', type: 'textarea', required: true, label: label('图片说明', 'Caption') },
    slugField('photo-captions', 'caption'),
    {
      type: 'row',
      fields: [
        {
          name: 'eventDate',
          type: 'date',
          label: label('拍摄日期', 'Event date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'eventDateEnd',
          type: 'date',
          label: label('结束日期', 'Until'),
          validate: validateDateRange,
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
            description: label('日期范围时填写，如“9月28日至11月2日”', 'For a date range'),
          },
        },
      ],
    },
    { name: 'location', type: 'text', label: label('地点', 'Location') },
    {
      name: 'photographer',
      type: 'text',
      label: label('摄影', 'Photographer credit'),
      admin: { description: label('如“王建亮 摄”', 'e.g. 王建亮 摄') },
    },
    brandsField(),
    sectionsField(),
  ],
}
