import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { bilingual, tl } from '../../i18n'
import { imageSizes } from './imageSizes'

// No SVG: it can carry scripts. Payload checks these against the file's bytes, not its name or declared type.
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

export const mediaDir = (): string => path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media')

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: tl('collections:media:image'), plural: tl('collections:media:media') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: bilingual('groups:content') },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: imageMimeTypes,
    imageSizes,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    // A tiny file can decode to a gigantic bitmap; refuse anything over 100 megapixels before sharp allocates it.
    constructorOptions: { limitInputPixels: 100_000_000 },
  },
  fields: [
    { name: 'alt', type: 'text', required: true, label: tl('collections:media:altText') },
    { name: 'credit', type: 'text', label: tl('collections:media:credit'), admin: { description: tl('collections:media:text') } },
  ],
}
