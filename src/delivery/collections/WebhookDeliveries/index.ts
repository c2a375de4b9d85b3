import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../../access/isAdmin'
import { nobody } from '../../../access/nobody'
import { deliveredItems } from '../../events'
import { webhookEvents } from '../../webhooks/events'
import { label } from '../../../fields/label'
import { appendOnly } from '../../../hooks/appendOnly'

/** 回调记录: one record per delivery attempt, written by the `deliverWebhook` job and never changed afterwards. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: { singular: label('回调记录', 'Webhook delivery'), plural: label('回调记录', 'Webhook deliveries') },
  admin: {
    useAsTitle: 'messageId',
    defaultColumns: ['at', 'webhook', 'event', 'attempt', 'statusCode', 'error', 'durationMs'],
    group: label('系统', 'System'),
  },
  defaultSort: '-at',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [appendOnly({ zh: '回调记录', en: 'The webhook delivery log' })] },
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: 'webhooks',
      required: true,
      index: true,
      label: label('回调通知', 'Webhook'),
    },
    { name: 'event', type: 'select', required: true, label: label('事件', 'Event'), options: [...webhookEvents] },
    { name: 'messageId', type: 'text', required: true, index: true, label: label('消息编号', 'Message id') },
    { name: 'itemCollection', type: 'select', label: label('类型', 'Collection'), options: [...deliveredItems] },
    { name: 'itemId', type: 'text', label: label('稿件编号', 'Item id') },
    { name: 'attempt', type: 'number', required: true, label: label('第几次', 'Attempt') },
    { name: 'statusCode', type: 'number', label: label('响应状态码', 'Status code') },
    { name: 'error', type: 'text', label: label('错误', 'Error') },
    { name: 'durationMs', type: 'number', required: true, label: label('耗时（毫秒）', 'Duration (ms)') },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('时间', 'At'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
