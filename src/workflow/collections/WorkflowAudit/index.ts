import type { CollectionConfig } from 'payload'

import { isStaff } from '../../../access/isStaff'
import { nobody } from '../../../access/nobody'
import { bilingual, tl } from '../../../i18n'
import { stateLabels, transitionLabels } from '../../labels'
import { transitionNames, workflowStates } from '../../types'
import { appendOnly } from '../../../hooks/appendOnly'
import type { WorkflowCollection } from '../../registry'

const stateOptions = workflowStates.map((value) => ({ value, label: stateLabels[value] }))

/** 审核记录: one record per fired transition, written by the executor, never changed or removed afterwards. */
export const workflowAudit = (items: readonly WorkflowCollection[]): CollectionConfig<'workflow-audit'> => ({
  slug: 'workflow-audit',
  labels: { singular: tl('collections:workflowAudit:auditRecord'), plural: tl('collections:workflowAudit:auditLog') },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['createdAt', 'itemTitle', 'transition', 'from', 'to', 'level', 'actorName', 'comment'],
    group: bilingual('groups:system'),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [appendOnly('logs:workflowAudit')] },
  fields: [
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      index: true,
      label: tl('collections:workflowAudit:collection'),
      options: [...items],
    },
    { name: 'itemId', type: 'text', required: true, index: true, label: tl('collections:workflowAudit:itemId') },
    { name: 'itemTitle', type: 'text', label: tl('collections:workflowAudit:title') },
    { name: 'revision', type: 'number', label: tl('collections:workflowAudit:revision') },
    {
      name: 'transition',
      type: 'select',
      required: true,
      label: tl('collections:workflowAudit:transition'),
      options: transitionNames.map((value) => ({ value, label: transitionLabels[value] })),
    },
    {
      name: 'from',
      type: 'select',
      required: true,
      label: tl('collections:workflowAudit:from'),
      options: stateOptions,
    },
    { name: 'to', type: 'select', required: true, label: tl('collections:workflowAudit:to'), options: stateOptions },
    { name: 'level', type: 'number', label: tl('collections:workflowAudit:reviewLevel') },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: tl('collections:workflowAudit:actor') },
    { name: 'actorName', type: 'text', label: tl('collections:workflowAudit:actorName') },
    { name: 'actorRole', type: 'text', label: tl('collections:workflowAudit:actorRole') },
    { name: 'comment', type: 'textarea', label: tl('collections:workflowAudit:comment') },
    { name: 'publishAt', type: 'date', label: tl('collections:workflowAudit:publishAt') },
    { name: 'withdrawAt', type: 'date', label: tl('collections:workflowAudit:withdrawAt') },
  ],
})
