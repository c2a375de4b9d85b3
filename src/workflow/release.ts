import type { Payload, PayloadRequest } from 'payload'

import type { WorkflowDoc } from './item'
import type { WorkflowCollection } from './registry'
import type { GuardResult, Label, TransitionName } from './types'

export interface ReleaseCheckArgs {
  payload: Payload
  collection: WorkflowCollection
  id: string
  /** The item's newest draft, depth 0 (the collection's own document type). */
  doc: WorkflowDoc
  transition: TransitionName
  /** The transition makes a version public now (not only signs it off or schedules it). */
  publishes: boolean
  req: PayloadRequest
}

export interface ReleaseVerdict {
  /** Why the item may not be released; empty when it may. */
  problems: Label[]
  /** Fields the release writes with the transition (a channel variant records the master it signed). */
  data?: Record<string, unknown>
}

/**
 * A collection's own condition for 签发, beyond the table's who-and-when (a channel variant's preflight). It runs
 * inside the transition's transaction, after the guard has allowed the transition.
 */
export type ReleaseCheck = (args: ReleaseCheckArgs) => Promise<ReleaseVerdict>

type Allowed = Extract<GuardResult, { ok: true }>

/** 签发 in any of its forms: the last level's approval, a publication, a scheduled publication. */
export const isRelease = (verdict: Allowed): boolean =>
  verdict.statusEffect === 'published' || verdict.to === 'approved' || verdict.to === 'scheduled'
