import type { CollectionSlug, JsonObject, Payload, PayloadRequest } from 'payload'

/** Writes straight through the database adapter: no hooks, no access, ids and timestamps exactly as exported. */
export const writeDoc = async (
  payload: Payload,
  collection: CollectionSlug,
  data: JsonObject,
  req: Partial<PayloadRequest>,
  upsert: boolean,
): Promise<void> => {
  const id = data.id as string | number
  if (upsert && (await payload.db.findOne({ collection, where: { id: { equals: id } }, req }))) {
    await payload.db.updateOne({ collection, id, data, req, returning: false })
    return
  }
  await payload.db.create({ collection, data, customID: id, req, returning: false })
}

/** A version as exported; the adapter gives it a new id (none can be passed) and marks the newest of a document latest. */
export const writeVersion = async (
  payload: Payload,
  collection: CollectionSlug,
  data: JsonObject,
  req: Partial<PayloadRequest>,
): Promise<void> => {
  await payload.db.createVersion({
    collectionSlug: collection,
    parent: data.parent as string | number,
    versionData: data.version as JsonObject,
    createdAt: data.createdAt as string,
    updatedAt: data.updatedAt as string,
    autosave: Boolean(data.autosave),
    ...(typeof data.publishedLocale === 'string' ? { publishedLocale: data.publishedLocale } : {}),
    ...(data.snapshot === true ? { snapshot: true as const } : {}),
    req,
    returning: false,
  })
}
