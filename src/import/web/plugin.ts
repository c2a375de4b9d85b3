import type { Config, Plugin } from 'payload'

import { addAdminView } from '../../utilities/addAdminView'
import { importArticlesEndpoint } from './importEndpoint'

/** 导入稿件 in the admin: `POST /api/articles/import`, its view at /admin/import and a link in the navigation. */
export const importPlugin: Plugin = (config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === 'articles'
      ? { ...collection, endpoints: [importArticlesEndpoint, ...(collection.endpoints || [])] }
      : collection,
  ),
  admin: addAdminView(config.admin, {
    name: 'importStories',
    path: '/import',
    Component: '/src/admin/ImportView#ImportView',
    label: 'admin:words:importStories',
    linkId: 'nav-import',
  }),
})
