import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../../access/isAdmin'
import { nobody } from '../../../access/nobody'
import { reviewedDeliveries } from '../../events'
import { webhookEvents } from '../../webhooks/events'
import { bilingual, tl } from '../../../i18n'
import { appendOnly } from '../../../hooks/appendOnly'

/** 回调记录: one record per delivery attempt, written by the `deliverWebhook` job and never changed afterwards. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: {
    singular: tl('collections:webhookDeliveries:webhookDelivery'),
    plural: tl('collections:webhookDeliveries:webhookDeliveries'),
  },
  admin: {
    useAsTitle: 'messageId',
    defaultColumns: ['at', 'webhook', 'event', 'attempt', 'statusCode', 'error', 'durationMs'],
    group: bilingual('groups:system'),
  },
  defaultSort: '-at',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [appendOnly('logs:webhookDeliveries')] },
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: 'webhooks',
      required: true,
      index: true,
      label: tl('collections:webhookDeliveries:webhook'),
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      label: tl('collections:webhookDeliveries:event'),
      options: [...webhookEvents],
    },
    {
      name: 'messageId',
      type: 'text',
      required: true,
      index: true,
      label: tl('collections:webhookDeliveries:messageId'),
    },
    {
      name: 'itemCollection',
      type: 'select',
      label: tl('collections:webhookDeliveries:collection'),
      options: [...reviewedDeliveries],
    },
    { name: 'itemId', type: 'text', label: tl('collections:webhookDeliveries:itemId') },
    { name: 'attempt', type: 'number', required: true, label: tl('collections:webhookDeliveries:attempt') },
    { name: 'statusCode', type: 'number', label: tl('collections:webhookDeliveries:statusCode') },
    { name: 'error', type: 'text', label: tl('collections:webhookDeliveries:error') },
    { name: 'durationMs', type: 'number', required: true, label: tl('collections:webhookDeliveries:durationMs') },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: tl('collections:webhookDeliveries:at'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
