'use client'
import { useEffect, useSyncExternalStore } from 'react'

import { loadWorkflowPanel, type PanelData } from './workflowPanelData'

/**
 * One client-side copy of an item's workflow data, shared by the panel and the header's status, so the two can never
 * disagree: whoever reloads it (the panel after a transition or a save) updates both.
 */
let current: { key: string; data: PanelData } | null = null
const listeners = new Set<() => void>()
const inFlight = new Map<string, Promise<void>>()

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const reloadWorkflow = (collection: string, id: string): Promise<void> => {
  const key = `${collection}:${id}`
  const running = inFlight.get(key)
  if (running) return running
  const load = loadWorkflowPanel(collection, id)
    .then((data) => {
      if (data) current = { key, data }
      for (const listener of listeners) listener()
    })
    .finally(() => inFlight.delete(key))
  inFlight.set(key, load)
  return load
}

/** The item's workflow data; loads it when first asked for and again whenever `version` changes (a save). */
export const useWorkflowData = (
  collection: string | undefined,
  id: string | number | undefined,
  version?: unknown,
): PanelData | null => {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  )
  useEffect(() => {
    if (collection && id) void reloadWorkflow(collection, String(id))
  }, [collection, id, version])
  return collection && id && snapshot?.key === `${collection}:${id}` ? snapshot.data : null
}
