import type { CollectionConfig, EditConfig, EditConfigWithoutRoot } from 'payload'

import { workflowDelete, workflowRead, workflowReadVersions, workflowUpdate } from './access/workflowScopes'
import { workflowEndpoints } from './endpoints'
import { workflowFields } from './fields'
import { guardWorkflowEdits } from './hooks/guardWorkflowEdits'
import { guardWorkflowWrites } from './hooks/guardWorkflowWrites'
import { stampTrashOnLiveRecord } from './hooks/trash'
import type { WorkflowCollection } from './registry'

/** How long an editor's lock on a reviewed item outlives their last change (see lockDocuments below). */
export const reviewLockSeconds = 90

const hasDrafts = (collection: CollectionConfig): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

/** Contributors (the `contributors` field's users) share the owner's rights on collections that have the field. */
const hasContributors = (collection: CollectionConfig): boolean =>
  collection.fields.some((field) => 'name' in field && field.name === 'contributors')

// Payload's EditConfig is a union its own spread cannot satisfy; no collection of ours replaces the whole edit view.
const withVersionsView = (edit: EditConfig | undefined): EditConfig =>
  ({ ...edit, versions: { Component: '/src/admin/VersionsView#VersionsView' } }) as EditConfigWithoutRoot

/**
 * One collection under review: the workflow's fields first, its guards before the collection's own hooks, its
 * endpoints, the header's state badge, and the workflow's access wherever the collection leaves an operation unset.
 */
export const reviewedCollection = (collection: CollectionConfig, slug: WorkflowCollection): CollectionConfig => {
  if (!hasDrafts(collection))
    throw new Error(`workflowPlugin: "${slug}" needs versions.drafts — review works on drafts`)
  const contributors = hasContributors(collection)
  const { hooks = {}, admin = {} } = collection
  return {
    ...collection,
    access: {
      read: workflowRead({ contributors }),
      readVersions: workflowReadVersions({ contributors }),
      update: workflowUpdate({ contributors }),
      delete: workflowDelete,
      ...collection.access,
    },
    admin: {
      ...admin,
      // The header shows the editorial state (the same data as the workflow panel), not Payload's draft/published.
      components: {
        ...admin.components,
        edit: { ...admin.components?.edit, Status: '/src/admin/WorkflowStatus#WorkflowStatus' },
        // 版本记录: each version with its editor, state, level and review round (Payload's list has times and ids).
        views: { ...admin.components?.views, edit: withVersionsView(admin.components?.views?.edit) },
      },
    },
    hooks: {
      ...hooks,
      beforeOperation: [guardWorkflowWrites, ...(hooks.beforeOperation ?? [])],
      beforeChange: [guardWorkflowEdits, ...(hooks.beforeChange ?? [])],
      afterChange: [stampTrashOnLiveRecord, ...(hooks.afterChange ?? [])],
    },
    // A closed tab's lock stops blocking the next reviewer after 90 s instead of Payload's 5 min; while the holder
    // keeps typing, Payload renews it every 10 s. The 文档已锁定 dialog still offers 接管 to whoever may edit.
    lockDocuments: collection.lockDocuments ?? { duration: reviewLockSeconds },
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(slug)],
    fields: [...workflowFields, ...collection.fields],
  }
}
