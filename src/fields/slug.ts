import { ValidationError, type CollectionSlug, type FieldHook, type TextField } from 'payload'

import { tl, translate } from '../i18n'
import { slugify } from './slugify'

type SluggedCollection = Extract<CollectionSlug, 'articles' | 'photo-captions' | 'brands' | 'sections' | 'channels'>

const slugTaken = async (
  args: Parameters<FieldHook>[0],
  collection: SluggedCollection,
  slug: string,
): Promise<boolean> => {
  const { req, originalDoc } = args
  const found = await req.payload.find({
    collection,
    where: originalDoc?.id
      ? { and: [{ slug: { equals: slug } }, { id: { not_equals: originalDoc.id } }] }
      : { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.length > 0
}

/**
 * A slug given by the editor is normalised and must be free; an empty one is derived from `source` once and then kept,
 * so links stay stable when the headline is edited.
 */
const ensureSlug =
  (collection: SluggedCollection, source: string): FieldHook =>
  async (args) => {
    const { value, data, originalDoc } = args
    if (typeof value === 'string' && value.trim() !== '') {
      const slug = slugify(value, 120)
      if (!slug)
        throw new ValidationError({
          collection,
          errors: [{ path: 'slug', message: translate(args.req, 'messages:fields:slug:slugHasNoLetters', { value }) }],
        })
      if (slug !== originalDoc?.slug && (await slugTaken(args, collection, slug))) {
        throw new ValidationError({
          collection,
          errors: [{ path: 'slug', message: translate(args.req, 'messages:fields:slug:slugIsAlreadyUsed', { slug }) }],
        })
      }
      return slug
    }
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    const base = slugify(String(data?.[source] ?? originalDoc?.[source] ?? '')) || collection.replace(/s$/, '')
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      if (!(await slugTaken(args, collection, candidate))) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

export const slugField = (collection: SluggedCollection, source: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: tl('fields:slug'),
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: tl('fields:generatedFromTitleWhenEmpty'),
  },
  hooks: { beforeValidate: [ensureSlug(collection, source)] },
})
