import type { Block } from 'payload'

import { tl } from '../i18n'
import { bodyBlockAdmin } from './admin'

/** 小标题: a section heading inside the body. */
export const Intertitle: Block = {
  slug: 'intertitle',
  interfaceName: 'IntertitleBlock',
  labels: { singular: tl('blocks:intertitle:intertitle'), plural: tl('blocks:intertitle:intertitles') },
  admin: bodyBlockAdmin,
  fields: [{ name: 'text', type: 'text', required: true, label: tl('blocks:intertitle:intertitle') }],
}
