import type { GroupField } from 'payload'

import { isStaffField } from '../../../access/isStaffField'
import { label } from '../../../fields/label'

/** Where an imported story came from: re-importing the same file updates this article instead of duplicating it. */
export const importSourceField: GroupField = {
  name: 'importSource',
  type: 'group',
  label: label('导入来源', 'Import source'),
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importSource?.path) },
  access: { read: isStaffField },
  fields: [
    { name: 'path', type: 'text', index: true, label: label('文件', 'File') },
    { name: 'contentHash', type: 'text', index: true, label: label('内容指纹', 'Content hash (SHA-256)') },
    { name: 'importedAt', type: 'date', label: label('导入时间', 'Imported at') },
  ],
}
