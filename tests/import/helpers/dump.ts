import type { CollectionSlug, Payload } from 'payload'

import { loadOrder } from '../../../src/import/ndjson/loadOrder'

export interface ContentDump {
  /** collection → documents by id, as the Local API returns them (hidden fields included) */
  docs: Record<string, Record<string, unknown>>
  /** collection → versions without their own id (the copy gives them new ones), oldest first per document */
  versions: Record<string, unknown[]>
}

/**
 * Everything the export is meant to carry, read through the Local API rather than the adapter the export uses, so
 * that the comparison does not share the export's blind spots.
 */
export const dumpContent = async (payload: Payload): Promise<ContentDump> => {
  const dump: ContentDump = { docs: {}, versions: {} }
  for (const collection of loadOrder(payload.config) as CollectionSlug[]) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      showHiddenFields: true,
      sort: 'id',
    })
    dump.docs[collection] = Object.fromEntries(docs.map((doc) => [String(doc.id), doc]))
    if (!payload.collections[collection].config.versions) continue
    const versions = await payload.findVersions({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      sort: 'updatedAt',
    })
    dump.versions[collection] = versions.docs
      .map(({ id: _newOnImport, ...version }) => version)
      .sort((a, b) => `${String(a.parent)}${a.updatedAt}`.localeCompare(`${String(b.parent)}${b.updatedAt}`))
  }
  return dump
}
