'use server'
import config from '@payload-config'
import { headers } from 'next/headers'
import { createLocalReq, getPayload } from 'payload'

import type { Label } from '../fields/label'
import { actorFromUser } from '../workflow/actor'
import { workflowItemOf, type WorkflowDoc } from '../workflow/item'
import { historyOf, isLiveRecord, isWorkflowCollection, loadAudit } from '../workflow/load'
import { workflowStatus, type WorkflowStatus } from '../workflow/status'
import { actionHelp, historyLabel, itemDescriber, type ItemContext } from './workflowView'

export interface PanelHistoryEntry {
  label: Label
  actor: string | null
  role: string | null
  comment: string | null
  at: string
}

export interface PanelData {
  status: WorkflowStatus
  context: ItemContext
  /** What each offered action does (通过 vs 签发), keyed by transition name. */
  help: Record<string, Label>
  history: PanelHistoryEntry[]
}

/**
 * The workflow panel's data, read on the server for whoever is logged in (the session cookie), in one round trip:
 * the same status `GET …/workflow` answers plus who acts next, since when, for which brands, and the history in
 * words. The panel calls it on mount and again after every transition, so it never needs a page reload.
 */
export async function loadWorkflowPanel(collection: string, id: string): Promise<PanelData | null> {
  if (!isWorkflowCollection(collection) || typeof id !== 'string' || id === '') return null
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  const actor = actorFromUser(user)
  if (!actor || !user) return null
  const req = await createLocalReq({ user }, payload)
  const status = await workflowStatus(payload, collection, id, actor, req)
  const doc = (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user, req })) as WorkflowDoc
  const audit = await loadAudit(payload, collection, id, req)
  const item = { ...workflowItemOf(doc, historyOf(audit)), status: (await isLiveRecord(payload, collection, id, req)) ? ('published' as const) : ('draft' as const) }
  const describe = await itemDescriber(payload, req)
  const help: Record<string, Label> = {}
  for (const action of status.available) {
    const text = actionHelp(action.name, status.reviewLevel, status.levels)
    if (text) help[action.name] = text
  }
  return {
    status,
    context: await describe(item),
    help,
    history: audit.map((record) => ({
      label: historyLabel(record, status.levels),
      actor: record.actorName ?? null,
      role: record.actorRole ?? null,
      comment: record.comment ?? null,
      at: record.createdAt,
    })),
  }
}
