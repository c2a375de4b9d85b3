import type { CollectionConfig } from 'payload'

/**
 * The admin pieces every reviewed collection shares, added in one place so the collection configs stay about their
 * content: the header shows the editorial state (the same data as the workflow panel) instead of Payload's
 * draft/published status.
 */
export const workflowAdmin = <T extends CollectionConfig>(collection: T): T => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: { ...collection.admin?.components?.edit, Status: '/src/admin/WorkflowStatus#WorkflowStatus' },
    },
  },
})
