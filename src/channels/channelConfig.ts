import type { Channel } from '../payload-types'
import { relationId } from '../utilities/relationId'
import { parseCropRatio } from './limits'
import { channelBlocks, type ChannelBlock, type ChannelConfig, type CropRatio } from './types'

const limitOf = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null

/** A stored channel as the pure parts read it (the collection has already refused configurations that do not parse). */
export const channelConfigOf = (doc: Channel): ChannelConfig => {
  const limits = doc.limits ?? {}
  return {
    id: doc.id,
    name: doc.name,
    slug: doc.slug ?? doc.id,
    kind: doc.kind,
    brandId: relationId(doc.brand) ?? '',
    reviewLevels: doc.reviewLevels,
    limits: {
      titleMax: limitOf(limits.titleMax),
      authorMax: limitOf(limits.authorMax),
      digestMax: limitOf(limits.digestMax),
      bodyMaxChars: limitOf(limits.bodyMaxChars),
      bodyMaxBytes: limitOf(limits.bodyMaxBytes),
      coverRequired: Boolean(limits.coverRequired),
      coverCrops: (limits.coverCrops ?? []).flatMap((row): CropRatio[] => {
        const ratio = parseCropRatio(row.ratio)
        return ratio ? [ratio] : []
      }),
      minCoverWidth: limitOf(limits.minCoverWidth),
      allowedBlocks: (limits.allowedBlocks ?? []).filter((block): block is ChannelBlock =>
        (channelBlocks as readonly string[]).includes(block),
      ),
      imageHosts: (limits.imageHosts ?? []).filter((host) => host.trim() !== ''),
    },
  }
}
