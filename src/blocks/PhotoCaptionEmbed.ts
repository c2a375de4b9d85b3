import type { Block } from 'payload'

import { label } from '../fields/label'
import { mustExist } from '../fields/mustExist'

/** Embeds a photo-caption item (图说) at its place in the story, so the same item can also run as photo news. */
export const PhotoCaptionEmbed: Block = {
  slug: 'photoCaption',
  interfaceName: 'PhotoCaptionBlock',
  labels: { singular: label('图说', 'Photo caption'), plural: label('图说', 'Photo captions') },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'photo-captions',
      filterOptions: mustExist,
      required: true,
      label: label('图说条目', 'Photo-caption item'),
    },
  ],
}
