import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access/isStaff'
import { brandsField } from '../../fields/brands'
import { bilingual, tl } from '../../i18n'
import { sectionsField } from '../../fields/sections'
import { slugField } from '../../fields/slug'
import { validateDateRange } from './validateDateRange'
import { mediaUploadField } from '../../fields/mediaUpload'

/** A photo-caption item (图说): standalone photo news, or embedded in an article's body. */
export const PhotoCaptions: CollectionConfig<'photo-captions'> = {
  slug: 'photo-captions',
  labels: {
    singular: tl('collections:photoCaptions:photoCaption'),
    plural: tl('collections:photoCaptions:photoCaptions'),
  },
  admin: {
    useAsTitle: 'caption',
    defaultColumns: ['caption', 'workflowState', 'eventDate', 'photographer', '_status'],
    group: bilingual('groups:content'),
  },
  // Drafts are validated too: bad input is a 400 whether or not the story is live.
  // 回收站: deleting moves an item to the trash; only admins empty it (access.delete).
  trash: true,
  versions: { drafts: { autosave: { interval: 2000 }, validate: true }, maxPerDoc: 50 },
  // read, update and delete: the workflow's (workflowPlugin); anyone on staff may start a new item.
  access: { create: isStaff },
  fields: [
    mediaUploadField('image', tl('collections:photoCaptions:image')),
    { name: 'caption', type: 'textarea', required: true, label: tl('collections:photoCaptions:caption') },
    slugField('photo-captions', 'caption'),
    {
      type: 'row',
      fields: [
        {
          name: 'eventDate',
          type: 'date',
          label: tl('collections:photoCaptions:eventDate'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'eventDateEnd',
          type: 'date',
          label: tl('collections:photoCaptions:until'),
          validate: validateDateRange,
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
            description: tl('collections:photoCaptions:forDateRange'),
          },
        },
      ],
    },
    { name: 'location', type: 'text', label: tl('collections:photoCaptions:location') },
    {
      name: 'photographer',
      type: 'text',
      label: tl('collections:photoCaptions:photographerCredit'),
      admin: { description: tl('collections:photoCaptions:text') },
    },
    brandsField(),
    sectionsField(),
  ],
}
