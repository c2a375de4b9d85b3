import type { Endpoint } from 'payload'

import { preflightVariant } from '../release'
import type { ChannelVariant } from '../../payload-types'
import { relationId } from '../../utilities/relationId'
import { requireStaff } from './staffOnly'

const instant = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : NaN)

/**
 * `GET /api/channel-variants/:id/preflight`: whether the variant could be signed off for its channel now, and why not
 * (the same check 签发 runs), which images must be uploaded to the channel first, and whether the master changed
 * since the variant was signed. Staff who may read the variant only (its access decides: 404 otherwise).
 */
export const preflightEndpoint: Endpoint = {
  path: '/:id/preflight',
  method: 'get',
  handler: async (req) => {
    requireStaff(req)
    const variant = (await req.payload.findByID({
      collection: 'channel-variants',
      id: String(req.routeParams?.id),
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })) as ChannelVariant
    const { problems, rehost } = await preflightVariant(req.payload, variant, req)
    const master = await req.payload
      .findByID({
        collection: 'articles',
        id: relationId(variant.master) ?? '',
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
        select: { updatedAt: true },
      })
      .catch(() => null)
    const signed = variant.signedMaster?.updatedAt
    return Response.json({
      ok: problems.length === 0,
      problems,
      rehost,
      signedAt: variant.signedMaster?.at ?? null,
      masterChangedSinceSigned: Boolean(signed && master && instant(master.updatedAt) > instant(signed)),
    })
  },
}
