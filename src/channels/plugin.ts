import type { CollectionConfig, Config, Plugin } from 'payload'

import { ChannelVariants } from '../collections/ChannelVariants'
import { Channels } from '../collections/Channels'
import { preflightEndpoint } from './endpoints/preflight'
import { refuseBadChannelConfig } from './hooks/refuseBadChannelConfig'
import { withdrawChannelVariants } from './withdrawWithMaster'

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  const { hooks = {} } = collection
  switch (collection.slug) {
    case 'channels':
      return {
        ...collection,
        hooks: { ...hooks, beforeValidate: [refuseBadChannelConfig, ...(hooks.beforeValidate ?? [])] },
      }
    case 'channel-variants':
      return { ...collection, endpoints: [...(collection.endpoints || []), preflightEndpoint] }
    case 'articles':
      // Withdrawing a story withdraws it from every channel, in the same transaction.
      return {
        ...collection,
        hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), withdrawChannelVariants] },
      }
    default:
      return collection
  }
}

/**
 * 一稿多签 as one piece: the channels and the stories' per-channel variants, a configuration checked as a whole, the
 * preflight endpoint, and withdrawal that follows the master. Goes before workflowPlugin (which puts the variants under
 * review, with `releaseChecks: { 'channel-variants': channelVariantRelease }`) and deliveryPlugin (which serves them).
 */
export const channelsPlugin: Plugin = (config): Config => ({
  ...config,
  collections: [...(config.collections ?? []), ChannelVariants, Channels].map(withHooks),
})
