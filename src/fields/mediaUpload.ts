import type { UploadField } from 'payload'

import { mustExist } from './mustExist'

/** A picture from the media library (an article's cover, a photo-caption item's image), saved the moment it is attached. */
export const mediaUploadField = (name: string, label: UploadField['label']): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  filterOptions: mustExist,
  label,
  admin: { components: { Field: '/src/admin/SavedUploadField#SavedUploadField' } },
})
