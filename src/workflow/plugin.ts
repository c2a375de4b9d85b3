import type { Config, Plugin } from 'payload'

import { addAdminView } from '../utilities/addAdminView'
import { addAutoRun } from '../utilities/addAutoRun'

import { editorialComments } from './collections/EditorialComments'
import { workflowAudit } from './collections/WorkflowAudit'
import { workflowMutations } from './graphql'
import { publishScheduledTask, withdrawScheduledTask } from './jobs'
import { workflowRegistryKey, type WorkflowCollection, type WorkflowRegistry } from './registry'
import type { ReleaseCheck } from './release'
import { reviewedCollection } from './reviewedCollection'

export interface WorkflowPluginOptions {
  /** The collections under 三审 review: they get the workflow's fields, guards, endpoints and access. */
  collections: WorkflowCollection[]
  /** Conditions for 签发 beyond the table, per collection (a channel variant's preflight); see ./release. */
  releaseChecks?: Partial<Record<WorkflowCollection, ReleaseCheck>>
}

const isReviewed = (options: WorkflowPluginOptions, slug: string): slug is WorkflowCollection =>
  (options.collections as string[]).includes(slug)

/**
 * The editorial workflow as one piece: reviewed collections, the audit log and editorial comments, scheduled
 * publishing and withdrawal jobs, the `WorkflowTransition` GraphQL mutation, and the admin's 我的待办 view.
 */
export const workflowPlugin =
  (options: WorkflowPluginOptions): Plugin =>
  (config): Config => {
    const registry: WorkflowRegistry = {
      collections: [...options.collections],
      releaseChecks: { ...options.releaseChecks },
    }
    const mutations = config.graphQL?.mutations
    return {
      ...config,
      custom: { ...config.custom, [workflowRegistryKey]: registry },
      collections: [
        ...(config.collections ?? []).map((collection) =>
          isReviewed(options, collection.slug) ? reviewedCollection(collection, collection.slug) : collection,
        ),
        workflowAudit(options.collections),
        editorialComments(options.collections),
      ],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), publishScheduledTask, withdrawScheduledTask],
        // Scheduled publications and withdrawals, checked every 15 s.
        autoRun: addAutoRun(config.jobs, { cron: '*/15 * * * * *', queue: 'default', limit: 20 }),
      },
      graphQL: {
        ...config.graphQL,
        mutations: (graphQL, context) => ({ ...mutations?.(graphQL, context), ...workflowMutations(graphQL, context) }),
      },
      admin: addAdminView(config.admin, {
        name: 'myQueue',
        path: '/queue',
        Component: '/src/admin/MyQueueView#MyQueueView',
        label: 'admin:words:myQueue',
        linkId: 'nav-my-queue',
      }),
      // A refused transition is the client's mistake, not the server's: log it like other 4xx answers.
      loggingLevels: { ...config.loggingLevels, WorkflowError: 'info' } as Config['loggingLevels'],
    }
  }
