import type { PhotoCaptionRecord } from '../serializers/records'
import { idsWhere, readOptions, refWhere, visible, type ReadScope } from './scope'

const photoCaptionSelect = {
  image: true,
  caption: true,
  slug: true,
  eventDate: true,
  eventDateEnd: true,
  location: true,
  photographer: true,
  brands: true,
  sections: true,
  updatedAt: true,
  createdAt: true,
} as const

export const loadPhotoCaptionsByIds = async (
  scope: ReadScope,
  ids: string[],
): Promise<Map<string, PhotoCaptionRecord>> => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const { docs } = await scope.payload.find({
    collection: 'photo-captions',
    ...readOptions(scope),
    where: visible(scope, idsWhere(unique)),
    select: photoCaptionSelect,
    limit: unique.length,
    pagination: false,
  })
  return new Map(docs.map((doc): [string, PhotoCaptionRecord] => [doc.id, doc]))
}

export const findPhotoCaption = async (scope: ReadScope, ref: string): Promise<PhotoCaptionRecord | null> => {
  const { docs } = await scope.payload.find({
    collection: 'photo-captions',
    ...readOptions(scope),
    where: visible(scope, refWhere(ref)),
    select: photoCaptionSelect,
    limit: 1,
    pagination: false,
  })
  return docs[0] ?? null
}
