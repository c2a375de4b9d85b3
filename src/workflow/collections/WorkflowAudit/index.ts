import type { CollectionConfig } from 'payload'

import { isStaff } from '../../../access/isStaff'
import { nobody } from '../../../access/nobody'
import { label } from '../../../fields/label'
import { stateLabels, transitionLabels } from '../../labels'
import { transitionNames, workflowStates } from '../../types'
import { appendOnly } from '../../../hooks/appendOnly'
import type { WorkflowCollection } from '../../registry'

const stateOptions = workflowStates.map((value) => ({ value, label: stateLabels[value] }))

/** 审核记录: one record per fired transition, written by the executor, never changed or removed afterwards. */
export const workflowAudit = (items: readonly WorkflowCollection[]): CollectionConfig<'workflow-audit'> => ({
  slug: 'workflow-audit',
  labels: { singular: label('审核记录', 'Audit record'), plural: label('审核记录', 'Audit log') },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['createdAt', 'itemTitle', 'transition', 'from', 'to', 'level', 'actorName', 'comment'],
    group: label('系统', 'System'),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [appendOnly({ zh: '审核记录', en: 'The audit log' })] },
  fields: [
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      index: true,
      label: label('类型', 'Collection'),
      options: [...items],
    },
    { name: 'itemId', type: 'text', required: true, index: true, label: label('稿件编号', 'Item id') },
    { name: 'itemTitle', type: 'text', label: label('标题', 'Title') },
    { name: 'revision', type: 'number', label: label('修订版次', 'Revision') },
    {
      name: 'transition',
      type: 'select',
      required: true,
      label: label('操作', 'Transition'),
      options: transitionNames.map((value) => ({ value, label: transitionLabels[value] })),
    },
    { name: 'from', type: 'select', required: true, label: label('原状态', 'From'), options: stateOptions },
    { name: 'to', type: 'select', required: true, label: label('新状态', 'To'), options: stateOptions },
    { name: 'level', type: 'number', label: label('审级', 'Review level') },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: label('操作人', 'Actor') },
    { name: 'actorName', type: 'text', label: label('操作人姓名', 'Actor name') },
    { name: 'actorRole', type: 'text', label: label('操作人角色', 'Actor role') },
    { name: 'comment', type: 'textarea', label: label('意见', 'Comment') },
    { name: 'publishAt', type: 'date', label: label('定时发布时间', 'Publish at') },
    { name: 'withdrawAt', type: 'date', label: label('定时撤稿时间', 'Withdraw at') },
  ],
})
