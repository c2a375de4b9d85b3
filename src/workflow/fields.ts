import type { Field, FieldHook } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { bilingual, tl } from '../i18n'
import { stateLabels } from './labels'
import { workflowStates } from './types'

/** Whoever saved this version (a version list says who, not only when); nobody can set it but the save itself. */
const stampEditor: FieldHook = ({ req }) => (req.user?.collection === 'users' ? req.user.id : null)

/**
 * Workflow bookkeeping on every reviewed collection, read by staff only (readers and front-end keys never see it).
 * Only the transition executor changes these (guardWorkflowEdits rejects any other write that differs from the stored
 * value); the panel shows them and offers the table's actions.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowPanel',
    type: 'ui',
    label: bilingual('workflow:fields:workflow'),
    admin: { position: 'sidebar', components: { Field: '/src/admin/WorkflowPanel#WorkflowPanel' } },
  },
  {
    name: 'workflowState',
    access: { read: isStaffField },
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: tl('workflow:fields:workflowState'),
    options: workflowStates.map((value) => ({ value, label: stateLabels[value] })),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewLevel',
    access: { read: isStaffField },
    type: 'number',
    label: tl('workflow:fields:reviewLevel'),
    admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.workflowState === 'inReview' },
  },
  {
    name: 'scheduledAt',
    access: { read: isStaffField },
    type: 'date',
    label: tl('workflow:fields:scheduledFor'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => data?.workflowState === 'scheduled',
    },
  },
  {
    name: 'withdrawAt',
    access: { read: isStaffField },
    type: 'date',
    label: tl('workflow:fields:withdrawalScheduledFor'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.withdrawAt),
    },
  },
  {
    name: 'owner',
    access: { read: isStaffField },
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: tl('workflow:fields:owner'),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'editedBy',
    access: { read: isStaffField },
    type: 'relationship',
    relationTo: 'users',
    label: tl('workflow:fields:editedBy'),
    hooks: { beforeChange: [stampEditor] },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/** Fields only the transition executor may change. */
export const workflowFieldNames = ['workflowState', 'reviewLevel', 'scheduledAt', 'withdrawAt', 'owner'] as const
