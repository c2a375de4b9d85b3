import type { Block } from 'payload'

import { tl } from '../i18n'
import { bodyBlockAdmin } from './admin'

export const Quote: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: tl('blocks:quote:quote'), plural: tl('blocks:quote:quotes') },
  admin: bodyBlockAdmin,
  fields: [
    { name: 'text', type: 'textarea', required: true, label: tl('blocks:quote:quote') },
    { name: 'source', type: 'text', label: tl('blocks:quote:source') },
  ],
}
