import type { Payload } from 'payload'

import { TaggedCache } from './cache'
import type { DeliveryConfig } from './config'
import { publishedScope, type ReadScope } from './content/scope'
import { loadTaxonomy, taxonomyTags } from './content/taxonomy'
import { subscribeDeliveryChanges } from './events'
import type { Representation } from './http'
import { ArticleSearch } from './search/service'
import { deliveryUrls, type DeliveryUrls } from './serializers/urls'
import type { Taxonomy } from './serializers/records'

/** What every route handler works with: one per router, i.e. one per process. */
export interface DeliveryContext {
  config: DeliveryConfig
  scope: ReadScope
  urls: DeliveryUrls
  responses: TaggedCache<Representation>
  taxonomy: () => Promise<Taxonomy>
  search: ArticleSearch
  /** Stops listening to content changes and closes the search index (tests that create several routers). */
  close: () => Promise<void>
}

export const createDeliveryContext = (payload: Payload, config: DeliveryConfig): DeliveryContext => {
  const scope = publishedScope(payload)
  const responses = new TaggedCache<Representation>({
    ...config.cache,
    // The string and its UTF-8 bytes are both kept.
    sizeOf: (rep) => rep.bytes.length + rep.body.length * 2 + 200,
    tagsOf: (rep) => rep.tags,
  })
  const taxonomyCache = new TaggedCache<Taxonomy>({
    ...config.cache,
    maxEntries: 1,
    sizeOf: () => 0,
    tagsOf: taxonomyTags,
  })
  const search = new ArticleSearch(scope, config.search)
  const unsubscribe = [responses, taxonomyCache].map((cache) =>
    subscribeDeliveryChanges({
      started: (change) => cache.changeStarted(change.tags),
      committed: (change) => cache.purge(change.tags),
      settled: (change) => cache.changeSettled(change.tags),
      reset: () => cache.clear(),
    }),
  )
  unsubscribe.push(subscribeDeliveryChanges(search))
  // In the background: a fresh or out-of-step index is brought in step in batches while the instance already serves.
  void search.start()
  return {
    config,
    scope,
    urls: deliveryUrls(config),
    responses,
    taxonomy: () => taxonomyCache.getOrCreate('taxonomy', () => loadTaxonomy(scope)),
    search,
    close: async () => {
      unsubscribe.forEach((stop) => stop())
      await search.close()
    },
  }
}
