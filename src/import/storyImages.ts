import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

import type { Media, User } from '../payload-types'
import { imageFormat, mimeTypeOf } from './docx/imageFormat'
import type { DocxImage } from './docx/readDocx'
import type { CaptionBlock } from './parser/types'
import { sha256 } from './source'

export interface ImageContext {
  user: User
  req: PayloadRequest
  /** files written for media created in this story: the transaction cannot take them back, the rollback deletes them */
  written: string[]
}

const MAX_ALT = 200

/**
 * The photo's content hash is in its filename: the same photo, in a re-import or in another story, is found again
 * instead of stored twice. Payload appends "-1" when a file of that name is already on disk, hence `contains`.
 */
const mediaNamed = async (payload: Payload, hash: string, req: PayloadRequest): Promise<Media | undefined> => {
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { contains: `docx-${hash}` } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

const filesOf = (media: Media): string[] =>
  [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string =>
    Boolean(name),
  )

const savePhoto = async (
  payload: Payload,
  image: DocxImage,
  data: { alt: string; credit: string | null },
  context: ImageContext,
): Promise<string | null> => {
  const format = imageFormat(image.data)
  // parseDocxStory has warned about it already
  if (!format) return null
  const hash = sha256(image.data).slice(0, 32)
  const existing = await mediaNamed(payload, hash, context.req)
  if (existing) return existing.id
  const media = await payload.create({
    collection: 'media',
    data: { alt: data.alt.slice(0, MAX_ALT), credit: data.credit },
    file: {
      data: image.data,
      mimetype: mimeTypeOf(format),
      name: `docx-${hash}.${format === 'jpeg' ? 'jpg' : format}`,
      size: image.data.length,
    },
    overrideAccess: false,
    user: context.user,
    req: context.req,
    depth: 0,
  })
  context.written.push(...filesOf(media))
  return media.id
}

/**
 * The photos of a Word story as media documents, as the importing user: returns, for each caption, the media id of
 * the photo printed with it (or null). Photos without a caption are stored as well, so nothing of the document is lost.
 */
export const saveStoryImages = async (
  payload: Payload,
  images: DocxImage[],
  captions: CaptionBlock[],
  headline: string,
  context: ImageContext,
): Promise<(string | null)[]> => {
  const byCaption: (string | null)[] = captions.map(() => null)
  for (const image of images) {
    const index = captions.findIndex((caption) => caption.line === image.captionLine)
    const caption = captions[index]
    const id = await savePhoto(
      payload,
      image,
      { alt: caption?.text || headline, credit: caption?.credit ?? null },
      context,
    )
    if (caption && byCaption[index] === null) byCaption[index] = id
  }
  return byCaption
}

/** After a rollback: the files of media documents that no longer exist. */
export const removeWrittenFiles = async (payload: Payload, written: string[]): Promise<void> => {
  const folder = payload.collections.media.config.upload.staticDir
  if (!folder) return
  await Promise.all(written.map((name) => rm(path.resolve(folder, name), { force: true })))
}
