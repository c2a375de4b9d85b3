import { inlineText, type BodyNode, type Inline, type ListItem } from './body'
import { escapeHtml } from './escape'
import type { ImageView, PhotoCaptionView } from './views'

/** What the body embeds, already loaded and reduced to views. Absent ids (unpublished items) render nothing. */
export interface RenderedEmbeds {
  photoCaptions: Map<string, PhotoCaptionView>
  images: Map<string, ImageView>
}

const sizes = '(max-width: 800px) 100vw, 800px'

const srcset = (image: ImageView, webp: boolean): string =>
  image.renditions
    .filter((rendition) => rendition.name.endsWith('Webp') === webp && rendition.width)
    .map((rendition) => `${escapeHtml(rendition.url)} ${rendition.width}w`)
    .join(', ')

/** `<picture>` with a WebP source and a JPEG `<img srcset>`: the browser picks the width and the format. */
export const pictureHtml = (image: ImageView): string => {
  const webp = srcset(image, true)
  const jpeg = srcset(image, false)
  const fallback = image.renditions.find((rendition) => rendition.name === 'card') ?? image
  const dimensions = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : ''
  return [
    '<picture>',
    webp ? `<source type="image/webp" srcset="${webp}" sizes="${sizes}">` : '',
    `<img src="${escapeHtml(fallback.url)}"${jpeg ? ` srcset="${jpeg}" sizes="${sizes}"` : ''}${dimensions} alt="${escapeHtml(image.alt)}" loading="lazy" decoding="async">`,
    '</picture>',
  ].join('')
}

const photoCaptionHtml = (item: PhotoCaptionView): string => {
  const by = item.photographer ?? item.image?.credit
  const credit = by ? ` <span class="credit">${escapeHtml(by)}</span>` : ''
  return [
    `<figure class="photo-caption" data-photo-caption-id="${escapeHtml(item.id)}">`,
    item.image ? pictureHtml(item.image) : '',
    `<figcaption>${escapeHtml(item.caption)}${credit}</figcaption>`,
    '</figure>',
  ].join('')
}

const imageHtml = (image: ImageView): string =>
  `<figure class="image">${pictureHtml(image)}${image.credit ? `<figcaption><span class="credit">${escapeHtml(image.credit)}</span></figcaption>` : ''}</figure>`

const inlineHtml = (children: Inline[]): string =>
  children
    .map((child) => {
      if (child.kind === 'break') return '<br>'
      if (child.kind === 'link')
        return `<a href="${escapeHtml(child.href)}" rel="noopener noreferrer">${inlineHtml(child.children)}</a>`
      return child.marks.reduceRight((html, mark) => `<${mark}>${html}</${mark}>`, escapeHtml(child.text))
    })
    .join('')

const listItemHtml = (item: ListItem, embeds: RenderedEmbeds): string =>
  `<li>${inlineHtml(item.children)}${item.lists.map((list) => nodeHtml(list, embeds)).join('')}</li>`

const paragraphs = (text: string): string =>
  text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')

const nodeHtml = (node: BodyNode, embeds: RenderedEmbeds): string => {
  switch (node.kind) {
    case 'paragraph':
      return inlineText(node.children).trim() === '' ? '' : `<p>${inlineHtml(node.children)}</p>`
    case 'heading':
      return `<h${node.level}>${inlineHtml(node.children)}</h${node.level}>`
    case 'intertitle':
      return `<h2 class="intertitle">${escapeHtml(node.text)}</h2>`
    case 'photoCaption': {
      const item = embeds.photoCaptions.get(node.id)
      return item ? photoCaptionHtml(item) : ''
    }
    case 'image': {
      const image = embeds.images.get(node.mediaId)
      return image ? imageHtml(image) : ''
    }
    case 'quote':
      return `<blockquote class="quote">${paragraphs(node.text)}${node.source ? `<footer><cite>${escapeHtml(node.source)}</cite></footer>` : ''}</blockquote>`
    case 'blockquote':
      return `<blockquote><p>${inlineHtml(node.children)}</p></blockquote>`
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      return `<${tag}>${node.items.map((item) => listItemHtml(item, embeds)).join('')}</${tag}>`
    }
    case 'rule':
      return '<hr>'
  }
}

/** Sanitised HTML of a body: every text escaped, only known elements, one block per line. */
export const renderHtml = (nodes: BodyNode[], embeds: RenderedEmbeds): string =>
  nodes
    .map((node) => nodeHtml(node, embeds))
    .filter(Boolean)
    .join('\n')
