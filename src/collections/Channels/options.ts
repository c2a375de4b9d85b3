import type { NewsroomKey } from '../../i18n'

/** Where a story can go out (一稿多签), and what a channel's body may hold: the choices the channel forms offer. */
export const channelKinds = ['print', 'app', 'web', 'wechat', 'partner'] as const

/** Body blocks a channel may be unable to show (a WeChat article has no embedded caption item, print no video). */
export const channelBlocks = ['intertitle', 'photoCaption', 'image', 'quote', 'blockquote', 'list', 'rule'] as const

/** How a variant's body relates to the master's: the master's, its first blocks, or the variant's own. */
export const bodyModes = ['inherit', 'excerpt', 'override'] as const

/** The names the channel forms give the kinds. */
export const kindLabels: Record<(typeof channelKinds)[number], NewsroomKey> = {
  print: 'collections:channels:print',
  app: 'collections:channels:app',
  web: 'collections:channels:web',
  wechat: 'collections:channels:wechat',
  partner: 'collections:channels:partner',
}

/** The names the channel forms give the blocks (小标题, 图说稿件, …): preflight names them the same way. */
export const blockLabels: Record<(typeof channelBlocks)[number], NewsroomKey> = {
  intertitle: 'collections:channels:blockIntertitle',
  photoCaption: 'collections:channels:blockPhotoCaption',
  image: 'collections:channels:blockImage',
  quote: 'collections:channels:blockQuote',
  blockquote: 'collections:channels:blockBlockquote',
  list: 'collections:channels:blockList',
  rule: 'collections:channels:blockRule',
}
