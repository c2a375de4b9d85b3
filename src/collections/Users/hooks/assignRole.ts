import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (the create-first-user form) becomes the admin. After that, field access on `role` lets only
 * an admin choose a role, so everyone else's new account keeps the default, reporter.
 */
export const assignRole: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
