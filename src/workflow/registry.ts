import type { Payload, SanitizedConfig } from 'payload'

import type { ReleaseCheck } from './release'

/** The collections the generated types know as reviewed items; `workflowPlugin` says which of them a config reviews. */
export type WorkflowCollection = 'articles' | 'photo-captions' | 'channel-variants'

export interface WorkflowRegistry {
  collections: readonly WorkflowCollection[]
  releaseChecks: Partial<Record<WorkflowCollection, ReleaseCheck>>
}

type WithCustom = Pick<SanitizedConfig, 'custom'>

/** The plugin records its collections in `config.custom.workflow`; everything at run time reads them from there. */
export const workflowRegistryKey = 'workflow'

export const workflowCollectionsOf = (source: Payload | WithCustom): readonly WorkflowCollection[] => {
  const config = 'config' in source ? source.config : source
  const registry = config.custom?.[workflowRegistryKey] as WorkflowRegistry | undefined
  return registry?.collections ?? []
}

export const isWorkflowCollection = (source: Payload | WithCustom, value: unknown): value is WorkflowCollection =>
  typeof value === 'string' && (workflowCollectionsOf(source) as readonly string[]).includes(value)

/** The collection's own condition for 签发, if it registered one (workflowPlugin's `releaseChecks`). */
export const releaseCheckOf = (
  source: Payload | WithCustom,
  collection: WorkflowCollection,
): ReleaseCheck | undefined => {
  const config = 'config' in source ? source.config : source
  return (config.custom?.[workflowRegistryKey] as WorkflowRegistry | undefined)?.releaseChecks[collection]
}
