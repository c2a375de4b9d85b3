import type { Config, Plugin } from 'payload'

import { importArticlesEndpoint } from './importEndpoint'

/** 导入稿件 in the admin: `POST /api/articles/import`, its view at /admin/import and a link in the navigation. */
export const importPlugin: Plugin = (config): Config => {
  const admin = config.admin ?? {}
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'articles'
        ? { ...collection, endpoints: [importArticlesEndpoint, ...(collection.endpoints || [])] }
        : collection,
    ),
    admin: {
      ...admin,
      components: {
        ...admin.components,
        afterNavLinks: [
          ...(admin.components?.afterNavLinks ?? []),
          {
            path: '/src/admin/AdminNavLink#AdminNavLink',
            clientProps: { path: '/import', label: 'admin:words:importStories', id: 'nav-import' },
          },
        ],
        views: {
          ...admin.components?.views,
          importStories: { Component: '/src/admin/ImportView#ImportView', path: '/import' },
        },
      },
    },
  }
}
