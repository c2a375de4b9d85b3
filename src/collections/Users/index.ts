import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { readStaffDirectory } from '../../access/readStaffDirectory'
import { roles } from '../../access/roles'
import { label } from '../../fields/label'
import { mustExist } from '../../fields/mustExist'
import { assignRole } from './hooks/assignRole'

const roleLabels = {
  reporter: label('记者', 'Reporter'),
  correspondent: label('通讯员', 'Correspondent'),
  editor: label('编辑', 'Editor'),
  admin: label('管理员', 'Administrator'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'brands'], group: label('系统', 'System') },
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
    { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'reporter',
      label: label('角色', 'Role'),
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
      label: label('所属品牌', 'Brands'),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'organisation',
      type: 'text',
      label: label('所在单位', 'Organisation'),
      admin: { description: label('通讯员所在单位', 'For correspondents: the organisation they write from') },
    },
  ],
}
