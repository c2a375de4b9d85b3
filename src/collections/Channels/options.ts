/** Where a story can go out (一稿多签), and what a channel's body may hold: the choices the channel forms offer. */
export const channelKinds = ['print', 'app', 'web', 'wechat', 'partner'] as const

/** Body blocks a channel may be unable to show (a WeChat article has no embedded caption item, print no video). */
export const channelBlocks = ['intertitle', 'photoCaption', 'image', 'quote', 'blockquote', 'list', 'rule'] as const

/** How a variant's body relates to the master's: the master's, its first blocks, or the variant's own. */
export const bodyModes = ['inherit', 'excerpt', 'override'] as const
