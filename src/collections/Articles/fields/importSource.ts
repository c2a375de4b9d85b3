import type { GroupField } from 'payload'

import { isStaffField } from '../../../access/isStaffField'
import { tl } from '../../../i18n'

/** Where an imported story came from: re-importing the same file updates this article instead of duplicating it. */
export const importSourceField: GroupField = {
  name: 'importSource',
  type: 'group',
  label: tl('collections:articles:importSource'),
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importSource?.path) },
  access: { read: isStaffField },
  fields: [
    { name: 'path', type: 'text', index: true, label: tl('collections:articles:file') },
    { name: 'contentHash', type: 'text', index: true, label: tl('collections:articles:contentHashSha256') },
    { name: 'importedAt', type: 'date', label: tl('collections:articles:importedAt') },
  ],
}
