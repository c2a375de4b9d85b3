import type { SearchDocument } from '../../dbSearchIndex'
import { bodyReferences, inlineText, parseBody } from '../serializers/body'
import type { ArticleRecord, PhotoCaptionRecord } from '../serializers/records'
import type { IndexedText } from './index'
import { terms } from './segment'

/** What of an article the index sees, by weight class; the body is capped so one huge story cannot crowd memory. */
export const indexedText = (
  article: ArticleRecord,
  photoCaptions: Map<string, PhotoCaptionRecord>,
  maxBodyChars: number,
): IndexedText => {
  const lead: string[] = [article.summary ?? '', ...(article.tags ?? [])]
  const body: string[] = []
  for (const node of parseBody(article.body)) {
    if (node.kind === 'intertitle') lead.push(node.text)
    else if (node.kind === 'photoCaption') body.push(photoCaptions.get(node.id)?.caption ?? '')
    else if (node.kind === 'quote') body.push(node.text, node.source ?? '')
    else if (node.kind === 'paragraph' || node.kind === 'heading' || node.kind === 'blockquote')
      body.push(inlineText(node.children))
    else if (node.kind === 'list') body.push(...node.items.map((item) => inlineText(item.children)))
  }
  return {
    headline: [article.kicker, article.headline, article.subheadline].filter(Boolean).join('\n'),
    lead: lead.filter(Boolean).join('\n'),
    body: body.filter(Boolean).join('\n').slice(0, maxBodyChars),
  }
}

/**
 * An article as the full-text index stores it: each weight class as its index terms, the way the in-process index
 * split them (headline and lead through the word segmenter, the body as bigrams and Latin words only).
 */
export const searchDocument = (
  article: ArticleRecord,
  photoCaptions: Map<string, PhotoCaptionRecord>,
  maxBodyChars: number,
): SearchDocument => {
  const text = indexedText(article, photoCaptions, maxBodyChars)
  return {
    id: article.id,
    updatedAt: article.updatedAt,
    captionIds: bodyReferences(parseBody(article.body)).photoCaptionIds,
    headline: terms(text.headline),
    lead: terms(text.lead),
    body: terms(text.body, { segment: false }),
  }
}
