import type { CollectionConfig } from 'payload'

import { apiClientScopes } from '../../access/apiClients'
import { isAdmin } from '../../access/isAdmin'
import { label } from '../../fields/label'
import { mustExist } from '../../fields/mustExist'

const scopeLabels = {
  published: label('已发布内容', 'Published content'),
  preview: label('草稿预览', 'Draft preview'),
} as const

/**
 * 接口客户端: front ends (web, app, partners) that call /content/v1 with `Authorization: api-clients API-Key <key>`.
 * They are never staff (src/access/roles.ts): through Payload's REST and GraphQL a key reads exactly what an anonymous
 * reader does, and it can write nothing. Only /content/v1 gives the `preview` scope its meaning.
 */
export const ApiClients: CollectionConfig<'api-clients'> = {
  slug: 'api-clients',
  labels: { singular: label('接口客户端', 'API client'), plural: label('接口客户端', 'API clients') },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'scopes', 'brands', 'active', 'updatedAt'],
    group: label('系统', 'System'),
    description: label(
      '前端调用 /content/v1 时发送 “Authorization: api-clients API-Key <密钥>”',
      'Front ends send “Authorization: api-clients API-Key <key>” to /content/v1',
    ),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin, unlock: isAdmin },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: label('名称', 'Name'),
      admin: { description: label('如“观海新闻 App”', 'e.g. 观海新闻 App') },
    },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['published'],
      label: label('权限范围', 'Scopes'),
      options: apiClientScopes.map((value) => ({ value, label: scopeLabels[value] })),
      admin: {
        description: label(
          '“草稿预览”可读取稿件的最新草稿（只读）',
          '“Draft preview” reads the latest draft of an item (read-only)',
        ),
      },
    },
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      filterOptions: mustExist,
      hasMany: true,
      label: label('限定品牌', 'Brands'),
      admin: {
        description: label(
          '预览仅限这些品牌的稿件；留空则不限',
          'Previews are limited to items of these brands; empty means all',
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
