import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../payload-types'

/** First publication time, kept through later revisions (the front end's "published" date). */
export const stampPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published' || data.publishedAt || originalDoc?.publishedAt) return data
  return { ...data, publishedAt: new Date().toISOString() }
}
