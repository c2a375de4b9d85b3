import type { Block } from 'payload'

import { label } from '../fields/label'

/** 小标题: a section heading inside the body. */
export const Intertitle: Block = {
  slug: 'intertitle',
  interfaceName: 'IntertitleBlock',
  labels: { singular: label('小标题', 'Intertitle'), plural: label('小标题', 'Intertitles') },
  fields: [{ name: 'text', type: 'text', required: true, label: label('小标题', 'Intertitle') }],
}
