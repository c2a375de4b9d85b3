import type { Block } from 'payload'

import { tl } from '../i18n'
import { bodyBlockAdmin } from './admin'
import { mustExist } from '../fields/mustExist'

/** Embeds a photo-caption item (图说) at its place in the story, so the same item can also run as photo news. */
export const PhotoCaptionEmbed: Block = {
  slug: 'photoCaption',
  interfaceName: 'PhotoCaptionBlock',
  labels: {
    singular: tl('blocks:photoCaptionEmbed:photoCaption'),
    plural: tl('blocks:photoCaptionEmbed:photoCaptions'),
  },
  admin: bodyBlockAdmin,
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'photo-captions',
      filterOptions: mustExist,
      required: true,
      label: tl('blocks:photoCaptionEmbed:photoCaptionItem'),
    },
  ],
}
