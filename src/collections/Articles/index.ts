import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access/isStaff'
import { brandsField } from '../../fields/brands'
import { bilingual, tl } from '../../i18n'
import { sectionsField } from '../../fields/sections'
import { slugField } from '../../fields/slug'
import { bodyField } from './fields/body'
import { contributorsField } from './fields/contributors'
import { importSourceField } from './fields/importSource'
import { setByline } from './hooks/setByline'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { mediaUploadField } from '../../fields/mediaUpload'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: { singular: tl('collections:articles:article'), plural: tl('collections:articles:articles') },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'workflowState', 'byline', 'sections', '_status', 'updatedAt'],
    group: bilingual('groups:content'),
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
    { name: 'kicker', type: 'text', label: tl('collections:articles:kicker') },
    { name: 'headline', type: 'text', required: true, label: tl('collections:articles:headline') },
    { name: 'subheadline', type: 'text', label: tl('collections:articles:subheadline') },
    slugField('articles', 'headline'),
    { name: 'summary', type: 'textarea', label: tl('collections:articles:summary') },
    {
      name: 'dateline',
      type: 'text',
      label: tl('collections:articles:dateline'),
      admin: { description: tl('collections:articles:n129') },
    },
    bodyField,
    mediaUploadField('cover', tl('collections:articles:coverImage')),
    contributorsField,
    {
      name: 'byline',
      type: 'text',
      label: tl('collections:articles:byline'),
      admin: { readOnly: true, description: tl('collections:articles:renderedFromContributorsAndBrands') },
    },
    brandsField(),
    sectionsField(),
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      label: tl('collections:articles:tags'),
      admin: { position: 'sidebar', components: { Diff: '/src/admin/ListDiff#TagsDiff' } },
    },
    {
      name: 'printEdition',
      type: 'group',
      label: tl('collections:articles:printEdition'),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'date',
          type: 'date',
          label: tl('collections:articles:date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'page',
          type: 'text',
          label: tl('collections:articles:page'),
          admin: { description: tl('collections:articles:a3Or6') },
        },
      ],
    },
    importSourceField,
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: tl('collections:articles:firstPublished'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
