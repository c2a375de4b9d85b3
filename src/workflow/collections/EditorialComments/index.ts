import type { CollectionConfig } from 'payload'

import type { WorkflowCollection } from '../../registry'

import { isStaff } from '../../../access/isStaff'
import { ownCommentsOnly, readEditorialComments } from '../../access/editorialComments'
import { bilingual, tl } from '../../../i18n'
import { attachComment } from './hooks/attachComment'

/** 编辑意见: staff-only notes on a reviewed item. Never part of any public response. */
export const editorialComments = (items: readonly WorkflowCollection[]): CollectionConfig<'editorial-comments'> => ({
  slug: 'editorial-comments',
  labels: {
    singular: tl('collections:editorialComments:editorialComment'),
    plural: tl('collections:editorialComments:editorialComments'),
  },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'item', 'author', 'createdAt'],
    group: bilingual('groups:content'),
  },
  defaultSort: 'createdAt',
  access: { read: readEditorialComments, create: isStaff, update: ownCommentsOnly, delete: ownCommentsOnly },
  hooks: { beforeChange: [attachComment] },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: [...items],
      required: true,
      index: true,
      label: tl('collections:editorialComments:item'),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: tl('collections:editorialComments:comment'),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: tl('collections:editorialComments:author'),
      admin: { readOnly: true },
    },
    { name: 'itemOwner', type: 'relationship', relationTo: 'users', index: true, admin: { hidden: true } },
  ],
})
