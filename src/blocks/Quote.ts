import type { Block } from 'payload'

import { label } from '../fields/label'

export const Quote: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: label('引语', 'Quote'), plural: label('引语', 'Quotes') },
  fields: [
    { name: 'text', type: 'textarea', required: true, label: label('引语', 'Quote') },
    { name: 'source', type: 'text', label: label('出处', 'Source') },
  ],
}
