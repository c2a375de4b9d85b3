import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../../access/isAdmin'
import { webhookEvents } from '../../webhooks/events'
import { label } from '../../../fields/label'
import { mustExist } from '../../../fields/mustExist'
import { generateSecret } from './hooks/generateSecret'
import { validateSecret, validateWebhookUrl } from './validateUrl'

const eventLabels = {
  publish: label('发布', 'Publish'),
  withdraw: label('撤稿', 'Withdraw'),
  update: label('已发布稿件更新', 'Update of a published item'),
} as const

/**
 * 回调通知: partners and caches told about publish, withdraw and update of live items. Each matching change queues one
 * `deliverWebhook` job per webhook (src/delivery/webhooks); the editor's request never waits for a receiver.
 */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: 'webhooks',
  labels: { singular: label('回调通知', 'Webhook'), plural: label('回调通知', 'Webhooks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
    group: label('系统', 'System'),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('名称', 'Name') },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: label('回调地址', 'URL'),
      validate: validateWebhookUrl,
      admin: {
        description: label(
          '仅限 http:// 或 https://，收到 JSON POST',
          'http:// or https:// only; receives a JSON POST',
        ),
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...webhookEvents],
      label: label('事件', 'Events'),
      options: webhookEvents.map((value) => ({ value, label: eventLabels[value] })),
    },
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      filterOptions: mustExist,
      hasMany: true,
      label: label('限定品牌', 'Brands'),
      admin: { description: label('只通知这些品牌的稿件；留空则不限', 'Only items of these brands; empty means all') },
    },
    {
      name: 'sections',
      type: 'relationship',
      relationTo: 'sections',
      filterOptions: mustExist,
      hasMany: true,
      label: label('限定栏目', 'Sections'),
      admin: {
        description: label(
          '只通知这些栏目（含下级栏目）的稿件；留空则不限',
          'Only items in these sections or their sub-sections; empty means all',
        ),
      },
    },
    {
      name: 'secret',
      type: 'text',
      label: label('签名密钥', 'Signing secret'),
      validate: validateSecret,
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      hooks: { beforeChange: [generateSecret] },
      admin: {
        description: label(
          '用于 X-Newsroom-Signature 签名；留空则自动生成',
          'Signs X-Newsroom-Signature; generated when left empty',
        ),
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: label('启用', 'Active'),
      admin: { position: 'sidebar' },
    },
  ],
}
