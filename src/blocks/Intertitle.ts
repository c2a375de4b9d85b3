import type { Block } from 'payload'

import { tl } from '../i18n'

/** 小标题: a section heading inside the body. */
export const Intertitle: Block = {
  slug: 'intertitle',
  interfaceName: 'IntertitleBlock',
  labels: { singular: tl('blocks:intertitle:intertitle'), plural: tl('blocks:intertitle:intertitles') },
  fields: [{ name: 'text', type: 'text', required: true, label: tl('blocks:intertitle:intertitle') }],
}
