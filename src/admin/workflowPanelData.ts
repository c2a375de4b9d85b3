'use server'
import config from '@payload-config'
import { headers } from 'next/headers'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'

import type { Label } from '../i18n'
import type { WorkflowAudit } from '../payload-types'
import { actorFromUser } from '../workflow/actor'
import { workflowItemOf } from '../workflow/item'
import {
  historyOf,
  isLiveRecord,
  isWorkflowCollection,
  loadAudit,
  loadDraftAs,
  loadVersionsAs,
  type WorkflowCollection,
} from '../workflow/load'
import { workflowStatus, type WorkflowStatus } from '../workflow/status'
import { actionHelp, historyLabel, itemDescriber, type ItemContext } from './workflowView'

export interface PanelHistoryEntry {
  label: Label
  actor: string | null
  role: string | null
  comment: string | null
  at: string
}

/** Version ids for the comparison links (Payload's version view: …/versions/<to>?versionFrom=<from>). */
export interface PanelComparisons {
  latest: string | null
  /** What the reviewers saw in the previous review round (对比上一轮). */
  previousRound: string | null
  /** The version readers see now, when this is a revision of a live story (对比线上版本). */
  live: string | null
}

export interface PanelData {
  comparisons: PanelComparisons
  status: WorkflowStatus
  context: ItemContext
  /** What each offered action does (通过 vs 签发), keyed by transition name. */
  help: Record<string, Label>
  history: PanelHistoryEntry[]
}

type VersionRow = { id: string | number; updatedAt: string; version?: { _status?: string | null } }

/**
 * 对比上一轮: the version each review round started from is the newest version saved up to its submit/resubmit
 * (the transition itself saves one). In review, the previous round is the one before the current; otherwise the latest.
 */
const comparisons = async (
  payload: Payload,
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: string,
  audit: WorkflowAudit[],
  state: WorkflowStatus['state'],
): Promise<PanelComparisons> => {
  const docs = await loadVersionsAs(payload, collection, id, req, 50)
  const versions = docs as unknown as VersionRow[]
  const latest = versions[0] ? String(versions[0].id) : null
  const rounds = audit.filter((record) => record.transition === 'submit' || record.transition === 'resubmit')
  const reference = state === 'inReview' ? rounds[rounds.length - 2] : rounds[rounds.length - 1]
  const atRound = reference ? versions.find((version) => version.updatedAt <= reference.createdAt) : undefined
  const previousRound = atRound && String(atRound.id) !== latest ? String(atRound.id) : null
  const published = versions.find((version) => version.version?._status === 'published')
  const live = published && String(published.id) !== latest ? String(published.id) : null
  return { latest, previousRound, live }
}

/**
 * The workflow panel's data, read on the server for whoever is logged in (the session cookie), in one round trip:
 * the same status `GET …/workflow` answers plus who acts next, since when, for which brands, and the history in
 * words. The panel calls it on mount and again after every transition, so it never needs a page reload.
 */
export async function loadWorkflowPanel(collection: string, id: string): Promise<PanelData | null> {
  if (typeof id !== 'string' || id === '') return null
  const payload = await getPayload({ config })
  if (!isWorkflowCollection(payload, collection)) return null
  const { user } = await payload.auth({ headers: await headers() })
  const actor = actorFromUser(user)
  if (!actor || !user) return null
  const req = await createLocalReq({ user }, payload)
  const status = await workflowStatus(payload, collection, id, actor, req)
  const doc = await loadDraftAs(payload, collection, id, user, req)
  const audit = await loadAudit(payload, collection, id, req)
  const item = {
    ...workflowItemOf(doc, historyOf(audit)),
    status: (await isLiveRecord(payload, collection, id, req)) ? ('published' as const) : ('draft' as const),
  }
  const describe = await itemDescriber(payload, req)
  const help: Record<string, Label> = {}
  for (const action of status.available) {
    const text = actionHelp(action.name, status.reviewLevel, status.levels)
    if (text) help[action.name] = text
  }
  return {
    comparisons: await comparisons(payload, req, collection, id, audit, status.state),
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
