import type { Where } from 'payload'

import { listArticles, loadEmbeds } from '../content/articles'
import type { DeliveryContext } from '../context'
import { contentTypes, representation, type Representation } from '../http'
import { renderFeed, type FeedChannel, type FeedFormat } from '../serializers/feeds'
import { toArticle } from '../serializers/viewModels'

export const feedSize = 20

/** The newest stories with full bodies, embeds batch-loaded for all of them at once. */
export const feedRepresentation = async (
  ctx: DeliveryContext,
  { filter, channel, format, tags }: { filter: Where; channel: FeedChannel; format: FeedFormat; tags: string[] },
): Promise<Representation> => {
  const [page, taxonomy] = await Promise.all([listArticles(ctx.scope, filter, feedSize), ctx.taxonomy()])
  const embeds = await loadEmbeds(ctx.scope, page.records)
  const articles = page.records.map((record) => toArticle(record, embeds, taxonomy, ctx.urls))
  return representation(renderFeed(channel, articles, format), contentTypes[format], ['lists', ...tags])
}
