import type { CollectionConfig, Field, RichTextField } from 'payload'

import { isStaff } from '../../access/isStaff'
import { isStaffField } from '../../access/isStaffField'
import { bodyModes } from '../Channels/options'
import { mustExist } from '../../fields/mustExist'
import { bilingual, tl, type NewsroomKey } from '../../i18n'
import { bodyField } from '../Articles/fields/body'
import { bindToChannel } from './hooks/bindToChannel'

const inherits = (name: string, label: NewsroomKey, type: 'text' | 'textarea' = 'text'): Field =>
  type === 'text'
    ? { name, type, label: tl(label), admin: { description: tl('collections:channelVariants:inheritsHelp') } }
    : { name, type, label: tl(label), admin: { description: tl('collections:channelVariants:inheritsHelp') } }

const bodyModeLabels: Record<(typeof bodyModes)[number], NewsroomKey> = {
  inherit: 'collections:channelVariants:bodyInherit',
  excerpt: 'collections:channelVariants:bodyExcerpt',
  override: 'collections:channelVariants:bodyOverride',
}

const variantBody: RichTextField = {
  ...bodyField,
  label: tl('collections:channelVariants:body'),
  admin: { ...bodyField.admin, condition: (data) => data?.bodyMode === 'override' },
}

/**
 * 一稿多签: a story's form for one channel (the paper, the app, the web, WeChat). It overrides or inherits the master's
 * headlines, digest, cover and body, and goes through the same 三审 table on its own (workflowPlugin), with its
 * channel's review levels; 签发 runs the channel's preflight (src/channels/release.ts) and records the master as signed.
 */
export const ChannelVariants: CollectionConfig<'channel-variants'> = {
  slug: 'channel-variants',
  labels: {
    singular: tl('collections:channelVariants:variant'),
    plural: tl('collections:channelVariants:variants'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'channel', 'workflowState', 'master', 'updatedAt'],
    group: bilingual('groups:content'),
  },
  trash: true,
  versions: { drafts: { autosave: { interval: 2000 }, validate: true }, maxPerDoc: 50 },
  // read, update and delete: the workflow's (workflowPlugin); anyone on staff may start a variant of a story they can read.
  access: { create: isStaff },
  hooks: { beforeChange: [bindToChannel] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: tl('collections:channelVariants:title'),
      admin: { readOnly: true, hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'master',
          type: 'relationship',
          relationTo: 'articles',
          required: true,
          index: true,
          filterOptions: mustExist,
          label: tl('collections:channelVariants:master'),
        },
        {
          name: 'channel',
          type: 'relationship',
          relationTo: 'channels',
          required: true,
          index: true,
          filterOptions: mustExist,
          label: tl('collections:channelVariants:channel'),
        },
      ],
    },
    inherits('kicker', 'collections:channelVariants:kicker'),
    inherits('headline', 'collections:channelVariants:headline'),
    inherits('subheadline', 'collections:channelVariants:subheadline'),
    inherits('digest', 'collections:channelVariants:digest', 'textarea'),
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      filterOptions: mustExist,
      label: tl('collections:channelVariants:cover'),
      admin: { description: tl('collections:channelVariants:inheritsHelp') },
    },
    {
      name: 'bodyMode',
      type: 'select',
      required: true,
      defaultValue: 'inherit',
      label: tl('collections:channelVariants:bodyMode'),
      options: bodyModes.map((value) => ({ value, label: tl(bodyModeLabels[value]) })),
    },
    {
      name: 'excerptBlocks',
      type: 'number',
      min: 1,
      max: 500,
      label: tl('collections:channelVariants:excerptBlocks'),
      admin: {
        description: tl('collections:channelVariants:excerptBlocksHelp'),
        condition: (data) => data?.bodyMode === 'excerpt',
      },
    },
    variantBody,
    {
      // WeChat shows only images uploaded to it: an integration (or an editor) uploads each image the channel's
      // preflight names and records where it went; the WeChat draft then points at the hosted copy.
      name: 'rehostedImages',
      type: 'array',
      label: tl('collections:channelVariants:rehostedImages'),
      admin: { description: tl('collections:channelVariants:rehostedImagesHelp'), initCollapsed: true },
      fields: [
        { name: 'source', type: 'text', required: true, label: tl('collections:channelVariants:rehostSource') },
        { name: 'hosted', type: 'text', required: true, label: tl('collections:channelVariants:rehostHosted') },
      ],
    },
    {
      name: 'print',
      type: 'group',
      label: tl('collections:channelVariants:print'),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'editionDate',
          type: 'date',
          index: true,
          label: tl('collections:channelVariants:editionDate'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        { name: 'page', type: 'text', label: tl('collections:channelVariants:page') },
        {
          name: 'plannedLength',
          type: 'number',
          min: 0,
          max: 100_000,
          label: tl('collections:channelVariants:plannedLength'),
        },
      ],
    },
    {
      // The workflow reads an item's brands for its review chain: a variant's is its channel's brand.
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      hasMany: true,
      label: tl('fields:brands'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewLevels',
      type: 'number',
      access: { read: isStaffField },
      label: tl('collections:channelVariants:reviewLevels'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Readable wherever the variant is: the snapshot is the master's published record, what the channel serves.
      name: 'signedMaster',
      type: 'group',
      label: tl('collections:channelVariants:signedMaster'),
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'updatedAt', type: 'date', label: tl('collections:channelVariants:signedMaster') },
        { name: 'at', type: 'date', label: tl('collections:channelVariants:signedAt') },
        // The master's live record as it was signed off: what the channel's readers get, whatever the master does next.
        { name: 'snapshot', type: 'json', admin: { hidden: true } },
      ],
    },
  ],
}
