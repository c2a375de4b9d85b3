import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { ChannelVariants } from '../collections/ChannelVariants'
import { Channels } from '../collections/Channels'
import { addAdminView } from '../utilities/addAdminView'
import { overviewEndpoint } from './endpoints/overview'
import { preflightEndpoint } from './endpoints/preflight'
import { printPlanEndpoint } from './endpoints/printPlan'
import { refuseBadChannelConfig } from './hooks/refuseBadChannelConfig'
import { withdrawChannelVariants } from './withdrawWithMaster'

/** A sidebar panel of ours (a `ui` field: it stores nothing), first of the collection's own, below the workflow's. */
const sidebarPanel = (name: string, Component: string): Field => ({
  name,
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: Component } },
})

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  const { hooks = {} } = collection
  switch (collection.slug) {
    case 'channels':
      return {
        ...collection,
        hooks: { ...hooks, beforeValidate: [refuseBadChannelConfig, ...(hooks.beforeValidate ?? [])] },
      }
    case 'channel-variants':
      return {
        ...collection,
        // print-plan and overview before Payload's own /:id, which would take them for ids.
        endpoints: [...(collection.endpoints || []), preflightEndpoint, printPlanEndpoint, overviewEndpoint],
        fields: [
          sidebarPanel('preflightPanel', '/src/admin/ChannelPreflightPanel#ChannelPreflightPanel'),
          ...collection.fields,
        ],
      }
    case 'articles':
      // Withdrawing a story withdraws it from every channel, in the same transaction.
      return {
        ...collection,
        hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), withdrawChannelVariants] },
        fields: [sidebarPanel('channelsPanel', '/src/admin/ChannelsPanel#ChannelsPanel'), ...collection.fields],
      }
    default:
      return collection
  }
}

/**
 * 一稿多签 as one piece: the channels and the stories' per-channel variants, a configuration checked as a whole, the
 * preflight, print-plan and overview endpoints, the admin's 渠道 and 发布检查 panels and its 版面计划 view, and
 * withdrawal that follows the master. Goes before workflowPlugin (which puts the variants under review, with
 * `releaseChecks: { 'channel-variants': channelVariantRelease }`) and deliveryPlugin (which serves them).
 */
export const channelsPlugin: Plugin = (config): Config => ({
  ...config,
  collections: [...(config.collections ?? []), ChannelVariants, Channels].map(withHooks),
  admin: addAdminView(config.admin, {
    name: 'printPlan',
    path: '/print-plan',
    Component: '/src/admin/PrintPlanView#PrintPlanView',
    label: 'admin:channels:printPlan',
    linkId: 'nav-print-plan',
  }),
  // A bad date or a channel that is not a print channel is the client's mistake: logged like other 4xx answers.
  loggingLevels: { ...config.loggingLevels, ChannelRequestError: 'info' } as Config['loggingLevels'],
})
