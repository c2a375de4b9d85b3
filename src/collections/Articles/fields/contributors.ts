import type { ArrayField } from 'payload'

import { label } from '../../../fields/label'
import { mustExist } from '../../../fields/mustExist'
import { authorAsContributor } from './authorAsContributor'

/** Who made the story, structured, so the byline is rendered and front ends get people with roles. */
export const contributorsField: ArrayField = {
  name: 'contributors',
  type: 'array',
  label: label('作者', 'Contributors'),
  labels: { singular: label('作者', 'Contributor'), plural: label('作者', 'Contributors') },
  // A reporter's or correspondent's new story is theirs: they start as its first contributor (and so in the byline).
  defaultValue: authorAsContributor,
  admin: { components: { RowLabel: '/src/admin/ContributorRowLabel#ContributorRowLabel' } },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'reporter',
          label: label('身份', 'Role'),
          options: [
            { value: 'reporter', label: label('记者', 'Reporter') },
            { value: 'correspondent', label: label('通讯员', 'Correspondent') },
            { value: 'photographer', label: label('摄影', 'Photographer') },
            { value: 'editor', label: label('编辑', 'Editor') },
          ],
        },
        { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
        { name: 'organisation', type: 'text', label: label('单位', 'Organisation') },
        {
          name: 'user',
          type: 'relationship',
          relationTo: 'users',
          filterOptions: mustExist,
          label: label('系统用户', 'User account'),
        },
      ],
    },
  ],
}
