import type { Payload, PayloadRequest } from 'payload'

import { findArticle } from '../delivery/content/articles'
import { publishedScope } from '../delivery/content/scope'
import { loadTaxonomy } from '../delivery/content/taxonomy'
import { deliveryConfigFromEnv } from '../delivery/config'
import { deliveryUrls } from '../delivery/serializers/urls'
import type { ChannelVariant } from '../payload-types'
import { relationId } from '../utilities/relationId'
import type { ReleaseCheck } from '../workflow/release'
import { buildChannelArticle } from './channelArticle'
import { channelConfigOf } from './channelConfig'
import { isHostedOn, preflight } from './preflight'
import type { PreflightProblem } from './types'

export interface VariantPreflight {
  problems: PreflightProblem[]
  /** The master's live record, as the variant would sign it; null while the master is not published. */
  master: Awaited<ReturnType<typeof findArticle>>
  /** Body images the channel cannot show until they are uploaded to it (their addresses as the channel loads them). */
  rehost: string[]
}

/**
 * A variant against its channel, as readers would get it if it were signed off now: the master's live (published)
 * record composed with the variant's overrides, checked by the channel's preflight.
 */
export const preflightVariant = async (
  payload: Payload,
  variant: ChannelVariant,
  req?: PayloadRequest,
): Promise<VariantPreflight> => {
  const channelDoc = await payload.findByID({
    collection: 'channels',
    id: relationId(variant.channel) ?? '',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const channel = channelConfigOf(channelDoc)
  // The master as readers see it: its live record, published, whatever draft revision is in progress.
  const scope = publishedScope(payload)
  const master = await findArticle(scope, relationId(variant.master) ?? '')
  if (!master) return { problems: preflight(channel, null, { masterLive: false }), master: null, rehost: [] }
  const { composed } = await buildChannelArticle(
    scope,
    await loadTaxonomy(scope),
    deliveryUrls(deliveryConfigFromEnv()),
    channel,
    master,
    variant,
  )
  const hosts = channel.limits.imageHosts
  const rehost =
    hosts.length > 0
      ? composed.bodyImages.filter((image) => !isHostedOn(image.url, hosts)).map((image) => image.url)
      : []
  return { problems: preflight(channel, composed, { masterLive: true }), master, rehost }
}

/**
 * 签发 of a channel variant: refused while its preflight fails; when it makes the variant public it records the
 * master's live record as signed, which is what the channel serves until the variant is signed off again.
 */
export const channelVariantRelease: ReleaseCheck = async ({ payload, doc, publishes, req }) => {
  const { problems, master } = await preflightVariant(payload, doc as unknown as ChannelVariant, req)
  if (problems.length > 0 || !master) return { problems: problems.map((problem) => problem.message) }
  if (!publishes) return { problems: [] }
  return {
    problems: [],
    data: { signedMaster: { updatedAt: master.updatedAt, at: new Date().toISOString(), snapshot: master } },
  }
}
