import type { ArrayField } from 'payload'

import { tl } from '../../../i18n'
import { mustExist } from '../../../fields/mustExist'
import { authorAsContributor } from './authorAsContributor'

/** Who made the story, structured, so the byline is rendered and front ends get people with roles. */
export const contributorsField: ArrayField = {
  name: 'contributors',
  type: 'array',
  label: tl('collections:articles:contributors'),
  labels: { singular: tl('collections:articles:contributor'), plural: tl('collections:articles:contributors') },
  // A reporter's or correspondent's new story is theirs: they start as its first contributor (and so in the byline).
  defaultValue: authorAsContributor,
  admin: {
    components: {
      RowLabel: '/src/admin/ContributorRowLabel#ContributorRowLabel',
      Diff: '/src/admin/ListDiff#ContributorsDiff',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'reporter',
          label: tl('collections:articles:role'),
          options: [
            { value: 'reporter', label: tl('collections:articles:reporter') },
            { value: 'correspondent', label: tl('collections:articles:correspondent') },
            { value: 'photographer', label: tl('collections:articles:photographer') },
            { value: 'editor', label: tl('collections:articles:editor') },
          ],
        },
        { name: 'name', type: 'text', required: true, label: tl('collections:articles:name') },
        { name: 'organisation', type: 'text', label: tl('collections:articles:organisation') },
        {
          name: 'user',
          type: 'relationship',
          relationTo: 'users',
          filterOptions: mustExist,
          label: tl('collections:articles:userAccount'),
        },
      ],
    },
  ],
}
