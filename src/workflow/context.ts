import type { RequestContext } from 'payload'

/**
 * Writes made by the transition executor (and by trusted system code: seed, import, migration) carry this marker in
 * `req.context`, which HTTP clients cannot set. The workflow hooks let only these writes change state or `_status`.
 */
export type WorkflowWriteReason = 'transition' | 'seed' | 'import' | 'system'

export const workflowContext = (reason: WorkflowWriteReason, transition?: string): RequestContext => ({
  workflowWrite: { reason, transition },
})

export const isWorkflowWrite = (context: RequestContext | undefined): boolean =>
  Boolean(context && typeof context.workflowWrite === 'object' && context.workflowWrite)
