import { countCharacters } from '../utilities/countCharacters'
import { words } from '../delivery/search/segment'
import { inlineText, type BodyNode } from '../delivery/serializers/body'
import { renderHtml, type RenderedEmbeds } from '../delivery/serializers/html'
import { renderPlainText } from '../delivery/serializers/plainText'
import type { ArticleView, ImageView, PhotoCaptionView } from '../delivery/serializers/views'
import type { ChannelArticle, ComposedVariant, PreflightImage, VariantOverrides } from './types'

/**
 * 一稿多签: what a channel's readers get is the master as it was signed off, with the variant's own headline, kicker,
 * subheadline, digest, cover and body where it has them. Pure: the caller loads the master's view, its parsed body and
 * the media, and stores or serves what comes out.
 */

/** What composeVariant needs besides the master's view and the variant's overrides, already loaded. */
export interface VariantParts {
  /** The master's body, parsed (parseBody). */
  body: BodyNode[]
  /**
   * The embeds of the master's body and of the variant's own body (bodyReferences of both): a caption item or image
   * missing here renders nothing, as in the master.
   */
  embeds: RenderedEmbeds
  /** The variant's cover (overrides.coverId) resolved; null when it has none or the media is gone. */
  cover: ImageView | null
  /** Media by id for the image blocks of the variant's own body; looked up before embeds.images. */
  images: Map<string, ImageView>
}

/**
 * Blocks an excerpt may not end on: a 小标题 (or heading) over nothing, a rule under nothing, an empty line. They are
 * dropped from the end, so "the first 2 blocks" where block 2 is an intertitle is block 1 alone.
 */
const dangles = (node: BodyNode): boolean =>
  node.kind === 'intertitle' ||
  node.kind === 'heading' ||
  node.kind === 'rule' ||
  (node.kind === 'paragraph' && inlineText(node.children).trim() === '')

/**
 * How many blocks an excerpt takes. Unset, zero, negative or NaN counts as 1, the lead: an excerpt exists so that a
 * partner does not get the whole story, and a form left empty must not give it away. Fractions round down.
 */
export const excerptLength = (excerptBlocks: number | null): number =>
  excerptBlocks !== null && excerptBlocks >= 1 ? Math.floor(excerptBlocks) : 1

/**
 * The body a channel's readers get. `inherit`: the master's; `excerpt`: its first blocks (excerptLength), never
 * ending on a dangling block; `override`: the variant's own (none written yet: an empty body). Returns a new array;
 * the nodes are shared, never changed.
 */
export const composeBody = (
  masterBody: BodyNode[],
  overrides: Pick<VariantOverrides, 'bodyMode' | 'excerptBlocks' | 'body'>,
): BodyNode[] => {
  switch (overrides.bodyMode) {
    case 'inherit':
      return [...masterBody]
    case 'override':
      return [...(overrides.body ?? [])]
    case 'excerpt': {
      const excerpt = masterBody.slice(0, excerptLength(overrides.excerptBlocks))
      while (excerpt.length > 0 && dangles(excerpt[excerpt.length - 1])) excerpt.pop()
      return excerpt
    }
  }
}

/** A variant's text where it has one (trimmed; blank inherits), else the master's. */
const pick = <T extends string | null>(own: string | null, master: T): { value: string | T; inherited: boolean } => {
  const trimmed = own?.trim()
  return trimmed ? { value: trimmed, inherited: false } : { value: master, inherited: true }
}

const lookup =
  (...maps: Map<string, ImageView>[]) =>
  (id: string): ImageView | undefined =>
    maps.map((map) => map.get(id)).find(Boolean)

/** The photo-caption items a body embeds and its embeds hold, in reading order, each once. */
const embeddedCaptions = (nodes: BodyNode[], captions: Map<string, PhotoCaptionView>): PhotoCaptionView[] => {
  const found = new Map<string, PhotoCaptionView>()
  for (const node of nodes) {
    const item = node.kind === 'photoCaption' ? captions.get(node.id) : undefined
    if (item && !found.has(item.id)) found.set(item.id, item)
  }
  return [...found.values()]
}

/**
 * The story as a channel's readers get it. Overridden texts are trimmed, and a blank one inherits; the cover is the
 * variant's as soon as it names one (parts.cover, even null: a cover that is gone is reported by preflight rather than
 * silently replaced by the master's). The body is re-rendered from the composed blocks, with counts as the newsroom
 * counts 字数 (countCharacters: no punctuation, no captions).
 */
export const composeVariant = (
  master: ArticleView,
  overrides: VariantOverrides,
  parts: VariantParts,
): ChannelArticle => {
  const kicker = pick(overrides.kicker, master.kicker)
  const headline = pick(overrides.headline, master.headline)
  const subheadline = pick(overrides.subheadline, master.subheadline)
  const digest = pick(overrides.digest, master.summary)
  const ownCover = Boolean(overrides.coverId?.trim())
  const nodes = composeBody(parts.body, overrides)
  const image = lookup(parts.images, parts.embeds.images)
  const images = new Map<string, ImageView>()
  for (const node of nodes) {
    const view = node.kind === 'image' ? image(node.mediaId) : undefined
    if (view && node.kind === 'image') images.set(node.mediaId, view)
  }
  const embeds: RenderedEmbeds = { photoCaptions: parts.embeds.photoCaptions, images }
  const prose = renderPlainText(nodes, embeds, { captions: false })
  return {
    ...master,
    kicker: kicker.value,
    headline: headline.value,
    subheadline: subheadline.value,
    summary: digest.value,
    cover: ownCover ? parts.cover : master.cover,
    body: {
      html: renderHtml(nodes, embeds),
      text: renderPlainText(nodes, embeds),
      charCount: countCharacters(prose),
      wordCount: words(prose).length,
    },
    photoCaptions: embeddedCaptions(nodes, parts.embeds.photoCaptions),
    inherits: {
      kicker: kicker.inherited,
      headline: headline.inherited,
      subheadline: subheadline.inherited,
      digest: digest.inherited,
      cover: !ownCover,
      body: overrides.bodyMode,
    },
  }
}

const preflightImage = (image: ImageView): PreflightImage => ({
  id: image.id,
  url: image.url,
  width: image.width,
  height: image.height,
})

/**
 * Preflight's view of a composed variant. `bodyNodes` are the composed blocks (composeBody with the same overrides);
 * `media` the maps the images come from, searched in order (pass parts.images and parts.embeds.images). Body images
 * are those the body shows, image blocks and caption items' photos alike, in reading order, each once; an image block
 * whose media is missing shows nothing and is left out. The author is the byline.
 */
export const toComposedVariant = (
  article: ChannelArticle,
  bodyNodes: BodyNode[],
  ...media: Map<string, ImageView>[]
): ComposedVariant => {
  const image = lookup(...media)
  const captions = new Map(article.photoCaptions.map((item) => [item.id, item]))
  const shown = new Map<string, PreflightImage>()
  for (const node of bodyNodes) {
    const view =
      node.kind === 'image' ? image(node.mediaId) : node.kind === 'photoCaption' ? captions.get(node.id)?.image : null
    if (view && !shown.has(view.id)) shown.set(view.id, preflightImage(view))
  }
  return {
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    digest: article.summary,
    author: article.byline,
    cover: article.cover ? preflightImage(article.cover) : null,
    body: bodyNodes,
    bodyImages: [...shown.values()],
    bodyText: article.body.text,
    bodyHtml: article.body.html,
  }
}
