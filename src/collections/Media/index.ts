import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { label } from '../../fields/label'
import { imageSizes } from './imageSizes'

// No SVG: it can carry scripts. Payload checks these against the file's bytes, not its name or declared type.
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

export const mediaDir = (): string => path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media')

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: label('图片', 'Image'), plural: label('图片库', 'Media') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: label('内容', 'Content') },
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
    { name: 'alt', type: 'text', required: true, label: label('替代文字', 'Alt text') },
    { name: 'credit', type: 'text', label: label('图片署名', 'Credit'), admin: { description: label('如“王建亮 摄”', 'e.g. 王建亮 摄') } },
  ],
}
