import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { blockLabels, channelBlocks, channelKinds, kindLabels } from './options'
import { mustExist } from '../../fields/mustExist'
import { slugField } from '../../fields/slug'
import { bilingual, tl, type NewsroomKey } from '../../i18n'

const limit = (name: string, label: NewsroomKey) => ({ name, type: 'number', min: 1, label: tl(label) }) as const

/**
 * 一稿多签: where a story goes out (the paper, the app, the web, a WeChat official account, a partner), each with its
 * limits as configuration. Readers may list channels (delivery names them); only admins configure them. The channels
 * plugin checks a configuration as a whole and adds what composes and signs off variants.
 */
export const Channels: CollectionConfig<'channels'> = {
  slug: 'channels',
  labels: { singular: tl('collections:channels:channel'), plural: tl('collections:channels:channels') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'brand', 'reviewLevels', 'slug'],
    group: bilingual('groups:organisation'),
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: tl('collections:channels:name') },
    slugField('channels', 'name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: tl('collections:channels:kind'),
      options: channelKinds.map((value) => ({ value, label: tl(kindLabels[value]) })),
    },
    {
      name: 'brand',
      type: 'relationship',
      relationTo: 'brands',
      required: true,
      filterOptions: mustExist,
      label: tl('collections:channels:brand'),
    },
    {
      name: 'reviewLevels',
      type: 'number',
      required: true,
      defaultValue: 2,
      min: 1,
      max: 3,
      label: tl('collections:channels:reviewLevels'),
      admin: { description: tl('collections:channels:reviewLevelsHelp') },
    },
    {
      name: 'limits',
      type: 'group',
      label: tl('collections:channels:limits'),
      fields: [
        {
          type: 'row',
          fields: [
            limit('titleMax', 'collections:channels:titleMax'),
            limit('authorMax', 'collections:channels:authorMax'),
            limit('digestMax', 'collections:channels:digestMax'),
          ],
        },
        {
          type: 'row',
          fields: [
            limit('bodyMaxChars', 'collections:channels:bodyMaxChars'),
            limit('bodyMaxBytes', 'collections:channels:bodyMaxBytes'),
          ],
        },
        {
          name: 'coverRequired',
          type: 'checkbox',
          defaultValue: false,
          label: tl('collections:channels:coverRequired'),
        },
        {
          name: 'coverCrops',
          type: 'array',
          label: tl('collections:channels:coverCrops'),
          fields: [
            {
              name: 'ratio',
              type: 'text',
              required: true,
              label: tl('collections:channels:ratio'),
              admin: { description: tl('collections:channels:ratioHelp') },
            },
          ],
        },
        limit('minCoverWidth', 'collections:channels:minCoverWidth'),
        {
          name: 'allowedBlocks',
          type: 'select',
          hasMany: true,
          label: tl('collections:channels:allowedBlocks'),
          admin: { description: tl('collections:channels:allowedBlocksHelp') },
          options: channelBlocks.map((value) => ({ value, label: tl(blockLabels[value]) })),
        },
        {
          name: 'imageHosts',
          type: 'text',
          hasMany: true,
          label: tl('collections:channels:imageHosts'),
          admin: { description: tl('collections:channels:imageHostsHelp') },
        },
      ],
    },
  ],
}
