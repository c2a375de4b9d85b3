import { Feed, type Item } from 'feed'

import { stripControl } from './escape'
import type { ArticleView } from './views'

export type FeedFormat = 'rss' | 'atom'

export interface FeedChannel {
  /** Stable feed id (Atom): the feed's own URL. */
  id: string
  title: string
  description: string
  /** The brand's or section's page for readers. */
  link: string
  self: { rss: string; atom: string }
  image?: string
  copyright: string
}

// Feed titles and entries are CDATA sections, which end at the first "]]>".
const cdataSafe = (text: string): string => stripControl(text).replace(/]]>/g, ']]&gt;')

const item = (article: ArticleView): Item => {
  const image = article.cover?.renditions.find((rendition) => rendition.name === 'card') ?? article.cover
  return {
    title: cdataSafe(article.headline),
    id: article.url,
    guid: article.url,
    link: article.url,
    date: new Date(article.updatedAt),
    published: new Date(article.publishedAt),
    description: cdataSafe(article.summary ?? article.body.text.slice(0, 200)),
    content: article.body.html,
    author: article.contributors
      .filter((person) => person.role !== 'editor')
      .map((person) => ({ name: stripControl(person.name) })),
    category: article.sections.map((section) => ({ name: stripControl(section.name) })),
    ...(image ? { image: { url: image.url, type: 'image/jpeg' } } : {}),
  }
}

/**
 * RSS 2.0 or Atom 1.0 for a brand or section. `updated` is the newest item's time (not "now"), so the same content
 * always yields the same bytes and the same ETag.
 */
export const renderFeed = (channel: FeedChannel, articles: ArticleView[], format: FeedFormat): string => {
  const newest = articles.reduce((latest, article) => Math.max(latest, Date.parse(article.updatedAt)), 0)
  const feed = new Feed({
    id: channel.id,
    title: stripControl(channel.title),
    description: stripControl(channel.description),
    link: channel.link,
    language: 'zh-CN',
    updated: new Date(newest),
    generator: 'newsroom-cms delivery',
    feedLinks: { rss: channel.self.rss, atom: channel.self.atom },
    ...(channel.image ? { image: channel.image } : {}),
    copyright: stripControl(channel.copyright),
  })
  for (const article of articles) feed.addItem(item(article))
  return format === 'rss' ? feed.rss2() : feed.atom1()
}
