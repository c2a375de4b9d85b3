import type { Router } from 'express'

import { loadMedia } from '../content/media'
import { findPhotoCaption } from '../content/photoCaptions'
import type { ReadScope } from '../content/scope'
import type { DeliveryContext } from '../context'
import {
  jsonRepresentation,
  notFound,
  parseFormat,
  parseRef,
  pathParam,
  queryValue,
  type Representation,
} from '../http'
import { photoCaptionToNinjs } from '../serializers/ninjs'
import { toPhotoCaption } from '../serializers/viewModels'
import { cached, serve } from './respond'
import { relationId } from '../../utilities/relationId'

export const photoCaptionFormats = ['json', 'ninjs'] as const

/** A photo-caption item as `scope` sees it (published, or a preview's latest draft); its image is public media. */
export const photoCaptionRepresentation = async (
  ctx: DeliveryContext,
  ref: string,
  format: (typeof photoCaptionFormats)[number],
  scope: ReadScope = ctx.scope,
): Promise<Representation> => {
  const [record, taxonomy] = await Promise.all([findPhotoCaption(scope, ref), ctx.taxonomy()])
  if (!record) throw notFound('Photo caption')
  const imageId = relationId(record.image)
  const item = toPhotoCaption(record, await loadMedia(ctx.scope, imageId ? [imageId] : []), taxonomy, ctx.urls)
  const tags = [
    `photo-caption:${item.id}`,
    ...(item.image ? [`media:${item.image.id}`] : []),
    ...item.brands.map((brand) => `brand:${brand.id}`),
    ...item.sections.map((section) => `section:${section.id}`),
  ]
  return jsonRepresentation(format === 'ninjs' ? photoCaptionToNinjs(item, ctx.urls) : item, tags)
}

export const photoCaptionRoutes = (router: Router, ctx: DeliveryContext): void => {
  router.get(
    '/photo-captions/:ref',
    serve(ctx, async (req) => {
      const ref = parseRef(pathParam(req, 'ref'), 'Photo caption')
      const format = parseFormat(queryValue(req, 'format'), photoCaptionFormats)
      return cached(ctx, `photo-caption:${ref}:${format}`, () => photoCaptionRepresentation(ctx, ref, format))
    }),
  )
}
