import { changeTags, isDeliveredCollection, type DeliveryChange } from '../events'

export const fanoutChannel = 'newsroom:delivery:changes'

export interface FanoutMessage {
  instance: string
  change: Omit<DeliveryChange, 'remote'>
}

export const encodeFanout = (instance: string, { collection, id, operation, live, tags }: DeliveryChange): string =>
  JSON.stringify({ instance, change: { collection, id, operation, live, tags } } satisfies FanoutMessage)

const operations = new Set<string>(['create', 'update', 'delete'])

/** `null` for anything that is not a well-formed change; the tags are recomputed, never taken from the wire. */
export const decodeFanout = (raw: string): FanoutMessage | null => {
  try {
    const { instance, change } = JSON.parse(raw) as Partial<FanoutMessage>
    if (typeof instance !== 'string' || !change || typeof change.id !== 'string') return null
    if (!isDeliveredCollection(String(change.collection)) || !operations.has(String(change.operation))) return null
    return {
      instance,
      change: {
        collection: change.collection,
        id: change.id,
        operation: change.operation,
        live: change.live === true,
        tags: changeTags(change.collection, change.id),
      },
    }
  } catch {
    return null
  }
}
