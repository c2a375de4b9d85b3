import type { Config } from 'payload'

import type { NewsroomKey } from '../i18n'

export interface AdminViewWithLink {
  /** The key in `admin.components.views`. */
  name: string
  /** Under the admin route: '/queue' is /admin/queue. */
  path: string
  /** Import map path of the view component: '/src/admin/MyQueueView#MyQueueView'. */
  Component: string
  /** The navigation link's text, from the newsroom translations. */
  label: NewsroomKey
  /** The link's element id (tests and styles find it by this). */
  linkId: string
}

/** A plugin's own admin view and its link in the navigation, added to whatever the config already has. */
export const addAdminView = (admin: Config['admin'], view: AdminViewWithLink): NonNullable<Config['admin']> => ({
  ...admin,
  components: {
    ...admin?.components,
    afterNavLinks: [
      ...(admin?.components?.afterNavLinks ?? []),
      {
        path: '/src/admin/AdminNavLink#AdminNavLink',
        clientProps: { path: view.path, label: view.label, id: view.linkId },
      },
    ],
    views: {
      ...admin?.components?.views,
      [view.name]: { Component: view.Component, path: view.path as `/${string}` },
    },
  },
})
