import type { MediaRecord } from '../serializers/records'
import { idsWhere, readOptions, type ReadScope } from './scope'

/** Media by id in one query (no select: Payload derives each rendition's URL from its filename). */
export const loadMedia = async (scope: ReadScope, ids: string[]): Promise<Map<string, MediaRecord>> => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const { docs } = await scope.payload.find({
    collection: 'media',
    ...readOptions(scope),
    where: idsWhere(unique),
    limit: unique.length,
    pagination: false,
  })
  return new Map(
    docs.map((media): [string, MediaRecord] => [
      media.id,
      {
        id: media.id,
        alt: media.alt,
        credit: media.credit,
        url: media.url,
        mimeType: media.mimeType,
        filesize: media.filesize,
        width: media.width,
        height: media.height,
        focalX: media.focalX,
        focalY: media.focalY,
        sizes: media.sizes,
      },
    ]),
  )
}
