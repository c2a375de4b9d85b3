import type { Config, Plugin } from 'payload'

import { previewLinkEndpoint } from './endpoint'
import { isPreviewCollection } from './token'

/** Adds `POST /api/<collection>/:id/preview-link` to the collections /content/v1 can preview. */
export const previewLinks: Plugin = (config) => ({
  ...config,
  loggingLevels: { ...config.loggingLevels, PreviewLinkError: 'info' } as Config['loggingLevels'],
  collections: (config.collections ?? []).map((collection) =>
    isPreviewCollection(collection.slug)
      ? { ...collection, endpoints: [...(collection.endpoints || []), previewLinkEndpoint(collection.slug)] }
      : collection,
  ),
})
