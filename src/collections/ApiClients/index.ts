import type { CollectionConfig } from 'payload'

import { apiClientScopes } from '../../access/apiClients'
import { isAdmin } from '../../access/isAdmin'
import { bilingual, tl } from '../../i18n'
import { mustExist } from '../../fields/mustExist'

const scopeLabels = {
  published: tl('collections:apiClients:publishedContent'),
  preview: tl('collections:apiClients:draftPreview'),
} as const

/**
 * 接口客户端: front ends (web, app, partners) that call /content/v1 with `Authorization: api-clients API-Key <key>`.
 * They are never staff (src/access/roles.ts): through Payload's REST and GraphQL a key reads exactly what an anonymous
 * reader does, and it can write nothing. Only /content/v1 gives the `preview` scope its meaning.
 */
export const ApiClients: CollectionConfig<'api-clients'> = {
  slug: 'api-clients',
  labels: { singular: tl('collections:apiClients:apiClient'), plural: tl('collections:apiClients:apiClients') },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'scopes', 'brands', 'active', 'updatedAt'],
    group: bilingual('groups:system'),
    description: bilingual('collections:apiClients:frontEndsSendAuthorizationApi'),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin, unlock: isAdmin },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: tl('collections:apiClients:name'),
      admin: { description: tl('collections:apiClients:app') },
    },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['published'],
      label: tl('collections:apiClients:scopes'),
      options: apiClientScopes.map((value) => ({ value, label: scopeLabels[value] })),
      admin: {
        description: tl('collections:apiClients:draftPreviewReadsLatestDraft'),
      },
    },
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      filterOptions: mustExist,
      hasMany: true,
      label: tl('collections:apiClients:brands'),
      admin: {
        description: tl('collections:apiClients:previewsAreLimitedToItems'),
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: tl('collections:apiClients:active'),
      admin: { position: 'sidebar' },
    },
  ],
}
