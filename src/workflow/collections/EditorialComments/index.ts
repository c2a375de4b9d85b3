import type { CollectionConfig } from 'payload'

import type { WorkflowCollection } from '../../registry'

import { isStaff } from '../../../access/isStaff'
import { ownCommentsOnly, readEditorialComments } from '../../access/editorialComments'
import { label } from '../../../fields/label'
import { attachComment } from './hooks/attachComment'

/** 编辑意见: staff-only notes on a reviewed item. Never part of any public response. */
export const editorialComments = (items: readonly WorkflowCollection[]): CollectionConfig<'editorial-comments'> => ({
  slug: 'editorial-comments',
  labels: { singular: label('编辑意见', 'Editorial comment'), plural: label('编辑意见', 'Editorial comments') },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'item', 'author', 'createdAt'],
    group: label('内容', 'Content'),
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
      label: label('稿件', 'Item'),
    },
    { name: 'text', type: 'textarea', required: true, maxLength: 5000, label: label('意见', 'Comment') },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('作者', 'Author'),
      admin: { readOnly: true },
    },
    { name: 'itemOwner', type: 'relationship', relationTo: 'users', index: true, admin: { hidden: true } },
  ],
})
