import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { readStaffDirectory } from '../../access/readStaffDirectory'
import { roles } from '../../access/roles'
import { bilingual, tl } from '../../i18n'
import { mustExist } from '../../fields/mustExist'
import { assignRole } from './hooks/assignRole'

const roleLabels = {
  reporter: tl('collections:users:reporter'),
  correspondent: tl('collections:users:correspondent'),
  editor: tl('collections:users:editor'),
  admin: tl('collections:users:administrator'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: tl('collections:users:user'), plural: tl('collections:users:users') },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'brands'],
    group: bilingual('groups:system'),
  },
  access: {
    read: readStaffDirectory,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeChange: [assignRole] },
  fields: [
    { name: 'name', type: 'text', required: true, label: tl('collections:users:name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'reporter',
      label: tl('collections:users:role'),
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      filterOptions: mustExist,
      hasMany: true,
      label: tl('collections:users:brands'),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'organisation',
      type: 'text',
      label: tl('collections:users:organisation'),
      admin: { description: tl('collections:users:forCorrespondentsOrganisationTheyWrite') },
    },
  ],
}
