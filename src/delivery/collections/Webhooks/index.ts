import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../../access/isAdmin'
import { webhookEvents } from '../../webhooks/events'
import { bilingual, tl } from '../../../i18n'
import { mustExist } from '../../../fields/mustExist'
import { generateSecret } from './hooks/generateSecret'
import { validateSecret, validateWebhookUrl } from './validateUrl'

const eventLabels = {
  publish: tl('collections:webhooks:publish'),
  withdraw: tl('collections:webhooks:withdraw'),
  update: tl('collections:webhooks:updateOfPublishedItem'),
} as const

/**
 * 回调通知: partners and caches told about publish, withdraw and update of live items. Each matching change queues one
 * `deliverWebhook` job per webhook (src/delivery/webhooks); the editor's request never waits for a receiver.
 */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: 'webhooks',
  labels: { singular: tl('collections:webhooks:webhook'), plural: tl('collections:webhooks:webhooks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
    group: bilingual('groups:system'),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: tl('collections:webhooks:name') },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: tl('collections:webhooks:url'),
      validate: validateWebhookUrl,
      admin: {
        description: tl('collections:webhooks:httpOrHttpsOnlyReceives'),
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...webhookEvents],
      label: tl('collections:webhooks:events'),
      options: webhookEvents.map((value) => ({ value, label: eventLabels[value] })),
    },
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      filterOptions: mustExist,
      hasMany: true,
      label: tl('collections:webhooks:brands'),
      admin: { description: tl('collections:webhooks:onlyItemsOfTheseBrands') },
    },
    {
      name: 'sections',
      type: 'relationship',
      relationTo: 'sections',
      filterOptions: mustExist,
      hasMany: true,
      label: tl('collections:webhooks:sections'),
      admin: {
        description: tl('collections:webhooks:onlyItemsInTheseSections'),
      },
    },
    {
      name: 'secret',
      type: 'text',
      label: tl('collections:webhooks:signingSecret'),
      validate: validateSecret,
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      hooks: { beforeChange: [generateSecret] },
      admin: {
        description: tl('collections:webhooks:signsXNewsroomSignatureGenerated'),
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: tl('collections:webhooks:active'),
      admin: { position: 'sidebar' },
    },
  ],
}
