import { defaultLimit, maxLimit, maxQueryLength } from './http'
import { ninjsSchemaUri } from './serializers/ninjs'

/** OpenAPI 3.1 description of /content/v1. Tests check it against the spec and against the router's routes. */
type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] })
const string: Schema = { type: 'string' }
const dateTime: Schema = { type: 'string', format: 'date-time' }
const uri: Schema = { type: 'string', format: 'uri' }
const object = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: 'object',
  properties,
  required,
})

const schemas: Record<string, Schema> = {
  Error: object({ error: object({ status: { type: 'integer' }, message: string }) }),
  Rendition: object({
    name: string,
    url: uri,
    width: nullable({ type: 'integer' }),
    height: nullable({ type: 'integer' }),
    mimeType: nullable(string),
    bytes: nullable({ type: 'integer' }),
  }),
  Image: object({
    id: string,
    alt: string,
    credit: nullable(string),
    url: uri,
    width: nullable({ type: 'integer' }),
    height: nullable({ type: 'integer' }),
    mimeType: nullable(string),
    bytes: nullable({ type: 'integer' }),
    focalPoint: nullable(object({ x: { type: 'number' }, y: { type: 'number' } })),
    renditions: {
      type: 'array',
      items: ref('Rendition'),
      description: 'thumbnail, card, feature (JPEG) and thumbnailWebp, cardWebp, featureWebp',
    },
  }),
  Ref: object({ id: string, slug: string, name: string }),
  Feeds: object({ rss: uri, atom: uri }),
  Brand: object({
    id: string,
    slug: string,
    name: string,
    kind: { enum: ['print', 'digital'] },
    siteUrl: nullable(uri),
    logo: nullable(ref('Image')),
    feeds: ref('Feeds'),
    links: object({ self: uri, articles: uri }),
  }),
  Section: object({
    id: string,
    slug: string,
    name: string,
    description: nullable(string),
    order: { type: 'number' },
    parent: nullable(ref('Ref')),
    brands: { type: 'array', items: ref('Ref') },
    feeds: ref('Feeds'),
    links: object({ self: uri, articles: uri }),
    children: { type: 'array', items: ref('Section') },
  }),
  SectionDetail: { allOf: [ref('Section'), object({ ancestors: { type: 'array', items: ref('Ref') } })] },
  Contributor: object({
    role: { enum: ['reporter', 'correspondent', 'photographer', 'editor'] },
    name: string,
    organisation: nullable(string),
  }),
  PhotoCaption: object({
    id: string,
    slug: string,
    caption: string,
    eventDate: nullable(dateTime),
    eventDateEnd: nullable(dateTime),
    location: nullable(string),
    photographer: nullable(string),
    image: nullable(ref('Image')),
    brands: { type: 'array', items: ref('Ref') },
    sections: { type: 'array', items: ref('Ref') },
    createdAt: dateTime,
    updatedAt: dateTime,
    links: object({ self: uri, ninjs: uri }),
  }),
  ArticleSummary: object({
    id: string,
    slug: string,
    url: { ...uri, description: 'Canonical URL: the first brand’s site, else this server' },
    kicker: nullable(string),
    headline: string,
    subheadline: nullable(string),
    summary: nullable(string),
    byline: { ...string, examples: ['青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦'] },
    contributors: { type: 'array', items: ref('Contributor') },
    cover: nullable(ref('Image')),
    brands: { type: 'array', items: ref('Ref') },
    sections: { type: 'array', items: ref('Ref') },
    tags: { type: 'array', items: string },
    publishedAt: dateTime,
    updatedAt: dateTime,
    links: object({ self: uri, ninjs: uri, jsonld: uri }),
  }),
  Article: {
    allOf: [
      ref('ArticleSummary'),
      object({
        dateline: nullable(string),
        body: object({
          html: {
            ...string,
            description:
              'Sanitised HTML: <p>, <h2 class="intertitle">, <figure class="photo-caption"> with <picture>/<img srcset> and <figcaption>, <blockquote>',
          },
          text: string,
          charCount: { type: 'integer' },
          wordCount: { type: 'integer' },
        }),
        photoCaptions: { type: 'array', items: ref('PhotoCaption') },
        printEdition: nullable(object({ date: nullable(string), page: nullable(string) })),
        links: object({ self: uri, ninjs: uri, jsonld: uri, photoCaptions: uri }),
      }),
    ],
  },
  Channel: object({
    id: string,
    slug: string,
    name: string,
    kind: { enum: ['print', 'app', 'web', 'wechat', 'partner'] },
    brand: nullable(ref('Ref')),
    feeds: object({ rss: uri, atom: uri }),
    links: object({ self: uri, articles: uri }),
  }),
  ChannelArticle: {
    description:
      'A story in one channel’s form (一稿多签): the master as it was signed off for this channel, with the variant’s own headline, kicker, subheadline, digest (summary), cover and body where it has them',
    allOf: [
      ref('Article'),
      object({
        channel: object({ id: string, slug: string, name: string, kind: string }),
        variantId: string,
        signedAt: nullable(dateTime),
        inherits: object({
          kicker: { type: 'boolean' },
          headline: { type: 'boolean' },
          subheadline: { type: 'boolean' },
          digest: { type: 'boolean' },
          cover: { type: 'boolean' },
          body: { enum: ['inherit', 'excerpt', 'override'] },
        }),
      }),
    ],
  },
  WechatDraft: {
    type: 'object',
    description:
      'The body of WeChat’s draft/add call (`payload`, post it as is once thumb_media_id is replaced by the uploaded cover’s media id), the images still to upload (`rehost`) and the cover to upload',
    required: ['payload', 'rehost', 'cover'],
  },
  ArticleList: object({
    items: { type: 'array', items: ref('ArticleSummary') },
    nextCursor: nullable({ type: 'string', description: 'Opaque; pass as `cursor` for the next page' }),
    links: object({ self: uri, next: nullable(uri) }),
  }),
  SearchResults: object({
    query: string,
    items: { type: 'array', items: { allOf: [ref('ArticleSummary'), object({ score: { type: 'number' } })] } },
    nextCursor: nullable(string),
  }),
  Ninjs: {
    type: 'object',
    description: `IPTC ninjs 3.2 news item, valid against ${ninjsSchemaUri}`,
    externalDocs: { url: 'https://www.iptc.org/std/ninjs/' },
    required: ['uri'],
  },
  NewsArticleJsonLd: {
    type: 'object',
    description: 'schema.org NewsArticle',
    required: [
      '@context',
      '@type',
      'headline',
      'author',
      'datePublished',
      'dateModified',
      'publisher',
      'mainEntityOfPage',
    ],
  },
}

const parameter = (
  name: string,
  where: 'path' | 'query',
  schema: Schema,
  description: string,
  required = where === 'path',
): Schema => ({ name, in: where, required, schema, description })

const parameters = {
  ref: parameter('ref', 'path', string, 'Slug or id'),
  slug: parameter('slug', 'path', string, 'Slug'),
  channel: parameter('channel', 'path', string, 'Channel slug, e.g. qingdao-daily-wechat'),
  tag: parameter('tag', 'path', string, 'Tag, e.g. 机关党建'),
  limit: parameter(
    'limit',
    'query',
    { type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit },
    'Page size',
  ),
  cursor: parameter('cursor', 'query', string, 'nextCursor of the previous page'),
  q: parameter(
    'q',
    'query',
    { type: 'string', minLength: 1, maxLength: maxQueryLength },
    'Search words, Chinese or Latin',
    true,
  ),
  channelArticleFormat: parameter(
    'format',
    'query',
    { enum: ['json', 'ninjs', 'jsonld', 'wechat'], default: 'json' },
    'json (view model), ninjs, jsonld, or wechat (the draft/add payload; WeChat channels only, else 400)',
  ),
  articleFormat: parameter(
    'format',
    'query',
    { enum: ['json', 'ninjs', 'jsonld'], default: 'json' },
    'json (view model), ninjs (IPTC ninjs 3.2) or jsonld (schema.org NewsArticle)',
  ),
  photoCaptionFormat: parameter('format', 'query', { enum: ['json', 'ninjs'], default: 'json' }, 'json or ninjs'),
}

const errorResponse = (description: string): Schema => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
})

const cachingHeaders = {
  ETag: { description: 'Strong validator; send it back in If-None-Match for a 304', schema: string },
  'Cache-Control': { schema: string },
  'Surrogate-Key': {
    description: 'Space-separated cache tags (article:<id>, section:<id>, brand:<id>, …) for CDN purges',
    schema: string,
  },
  'Cache-Tag': { description: 'The same tags, comma-separated', schema: string },
}

const badKey = errorResponse(
  'Unknown or inactive API key (only when an `Authorization: api-clients API-Key …` header is sent)',
)

const responses = (
  ok: Schema,
  { notFound = true, badRequest = false }: { notFound?: boolean; badRequest?: boolean } = {},
): Schema => ({
  '200': { headers: cachingHeaders, ...ok },
  '304': { description: 'Not modified (If-None-Match matched the ETag)' },
  ...(badRequest ? { '400': errorResponse('Invalid parameter (limit, cursor, format, q)') } : {}),
  '401': badKey,
  ...(notFound ? { '404': errorResponse('Not found, or not published') } : {}),
  '429': errorResponse('Rate limit exceeded (DELIVERY_RATE_LIMIT per minute)'),
})

const previewHeaders = {
  'Cache-Control': {
    description: 'Always `private, no-store`: drafts are never stored by browsers, proxies or CDNs',
    schema: string,
  },
  'X-Robots-Tag': { description: 'Always `noindex, nofollow`', schema: string },
}

/** A draft read: an API key with the `preview` scope, or the `token` of a signed preview link for exactly this item. */
const preview = (operationId: string, summary: string, params: Schema[], ok: Schema, tag: string): Schema => ({
  get: {
    operationId,
    summary,
    tags: ['preview', tag],
    parameters: params,
    security: [{ apiKey: [] }, { previewLink: [] }],
    responses: {
      '200': { headers: previewHeaders, ...ok },
      '400': errorResponse('Invalid parameter (format)'),
      '401': errorResponse(
        'No credentials, an unknown or inactive API key, or a preview link that is not valid (tampered)',
      ),
      '403': errorResponse('The API key lacks the `preview` scope, or the preview link is for another item'),
      '404': errorResponse('No such item (within the API client’s brands)'),
      '410': errorResponse('The preview link has expired'),
      '429': errorResponse('Rate limit exceeded (DELIVERY_RATE_LIMIT per minute)'),
    },
  },
})

const securitySchemes = {
  apiKey: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'An API client key, sent as `Authorization: api-clients API-Key <key>` (admins create clients in the admin under 接口客户端 / API clients). Optional for published content; the `preview` scope reads drafts under /preview.',
  },
  previewLink: {
    type: 'apiKey',
    in: 'query',
    name: 'token',
    description:
      'The token of a signed preview link (`POST /api/articles/{id}/preview-link` by newsroom staff): the latest draft of that one item until it expires (1 h by default, 24 h at most).',
  },
}

const json = (schema: Schema, description: string): Schema => ({
  description,
  content: { 'application/json': { schema } },
})

const get = (
  operationId: string,
  summary: string,
  params: Schema[],
  ok: Schema,
  options?: { notFound?: boolean; badRequest?: boolean },
  tags: string[] = [],
): Schema => ({
  get: { operationId, summary, tags, parameters: params, responses: responses(ok, options) },
})

const listOf = (operationId: string, summary: string, params: Schema[], tag: string) =>
  get(
    operationId,
    summary,
    [...params, parameters.limit, parameters.cursor],
    json(ref('ArticleList'), 'Newest first (publishedAt, id)'),
    { badRequest: true, notFound: params.length > 0 },
    [tag],
  )

const feed = (
  operationId: string,
  summary: string,
  type: 'application/rss+xml' | 'application/atom+xml',
  tag: string,
) =>
  get(
    operationId,
    summary,
    [parameters.slug],
    { description: 'The 20 newest published stories with full bodies', content: { [type]: { schema: string } } },
    {},
    [tag],
  )

export const openApiDocument = (apiBase: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Newsroom content delivery API',
    version: '1.0.0',
    description:
      'Published content: articles, photo-caption items, sections, brands, channels (each story in the form signed off for the paper, the app, the web or WeChat), feeds and search. Read-only, cacheable, rate-limited, open without a key. Under /preview, the latest draft of an item for API clients with the `preview` scope or holders of a signed preview link (private, never cached).',
  },
  servers: [{ url: apiBase }],
  security: [{}, { apiKey: [] }],
  tags: [
    { name: 'articles' },
    { name: 'photo-captions' },
    { name: 'brands' },
    { name: 'sections' },
    { name: 'channels' },
    { name: 'search' },
    { name: 'preview' },
    { name: 'meta' },
  ],
  paths: {
    '/articles': listOf('listLatestArticles', 'Latest articles of every brand', [], 'articles'),
    '/articles/{ref}': get(
      'getArticle',
      'One article by slug or id',
      [parameters.ref, parameters.articleFormat],
      {
        description: 'The article as view model, ninjs or JSON-LD',
        content: {
          'application/json': { schema: { oneOf: [ref('Article'), ref('Ninjs')] } },
          'application/ld+json': { schema: ref('NewsArticleJsonLd') },
        },
      },
      { badRequest: true },
      ['articles'],
    ),
    '/articles/{ref}/photo-captions': get(
      'listArticlePhotoCaptions',
      'The photo-caption items an article embeds, in reading order',
      [parameters.ref],
      json(object({ items: { type: 'array', items: ref('PhotoCaption') } }), 'Photo-caption items'),
      {},
      ['photo-captions'],
    ),
    '/photo-captions/{ref}': get(
      'getPhotoCaption',
      'One photo-caption item by slug or id',
      [parameters.ref, parameters.photoCaptionFormat],
      json({ oneOf: [ref('PhotoCaption'), ref('Ninjs')] }, 'The item as view model or ninjs'),
      { badRequest: true },
      ['photo-captions'],
    ),
    '/brands': get(
      'listBrands',
      'All brands',
      [],
      json(object({ items: { type: 'array', items: ref('Brand') } }), 'Brands'),
      { notFound: false },
      ['brands'],
    ),
    '/brands/{slug}': get('getBrand', 'One brand', [parameters.slug], json(ref('Brand'), 'Brand with feed URLs'), {}, [
      'brands',
    ]),
    '/brands/{slug}/articles': listOf('listBrandArticles', 'Latest articles of a brand', [parameters.slug], 'brands'),
    '/brands/{slug}/feed.rss': feed('getBrandRss', 'RSS 2.0 feed of a brand', 'application/rss+xml', 'brands'),
    '/brands/{slug}/feed.atom': feed('getBrandAtom', 'Atom feed of a brand', 'application/atom+xml', 'brands'),
    '/sections': get(
      'listSections',
      'The section tree',
      [],
      json(object({ items: { type: 'array', items: ref('Section') } }), 'Top-level sections with children'),
      { notFound: false },
      ['sections'],
    ),
    '/sections/{slug}': get(
      'getSection',
      'One section with its sub-sections and ancestors',
      [parameters.slug],
      json(ref('SectionDetail'), 'Section'),
      {},
      ['sections'],
    ),
    '/sections/{slug}/articles': listOf(
      'listSectionArticles',
      'Latest articles of a section and its sub-sections',
      [parameters.slug],
      'sections',
    ),
    '/sections/{slug}/feed.rss': feed('getSectionRss', 'RSS 2.0 feed of a section', 'application/rss+xml', 'sections'),
    '/sections/{slug}/feed.atom': feed('getSectionAtom', 'Atom feed of a section', 'application/atom+xml', 'sections'),
    '/channels': get(
      'listChannels',
      'The channels stories go out on (the paper, the app, the web, WeChat …)',
      [],
      json(object({ items: { type: 'array', items: ref('Channel') } }), 'Channels'),
      { notFound: false },
      ['channels'],
    ),
    '/channels/{channel}': get(
      'getChannel',
      'One channel',
      [parameters.channel],
      json(ref('Channel'), 'Channel with feed URLs'),
      {},
      ['channels'],
    ),
    '/channels/{channel}/articles': get(
      'listChannelArticles',
      'The stories signed off for a channel, newest sign-off first (summaries: no body)',
      [parameters.channel, parameters.limit, parameters.cursor],
      json(
        object({
          items: { type: 'array', items: { type: 'object' } },
          nextCursor: nullable(string),
          links: object({ self: uri, next: nullable(uri) }),
        }),
        'Channel articles without body and photo captions',
      ),
      { badRequest: true },
      ['channels'],
    ),
    '/channels/{channel}/articles/{ref}': get(
      'getChannelArticle',
      'One story in a channel’s form, by the variant’s id, the master’s id or the master’s slug',
      [parameters.channel, parameters.ref, parameters.channelArticleFormat],
      {
        description: 'The channel’s form as view model, ninjs, JSON-LD or a WeChat draft',
        content: {
          'application/json': { schema: { oneOf: [ref('ChannelArticle'), ref('Ninjs'), ref('WechatDraft')] } },
          'application/ld+json': { schema: ref('NewsArticleJsonLd') },
        },
      },
      { badRequest: true },
      ['channels'],
    ),
    '/channels/{channel}/feed.rss': get(
      'getChannelRss',
      'RSS 2.0 feed of a channel',
      [parameters.channel],
      { description: 'The 20 newest signed-off stories', content: { 'application/rss+xml': { schema: string } } },
      {},
      ['channels'],
    ),
    '/channels/{channel}/feed.atom': get(
      'getChannelAtom',
      'Atom feed of a channel',
      [parameters.channel],
      { description: 'The 20 newest signed-off stories', content: { 'application/atom+xml': { schema: string } } },
      {},
      ['channels'],
    ),
    '/tags/{tag}/articles': listOf('listTagArticles', 'Latest articles with a tag', [parameters.tag], 'articles'),
    '/search': get(
      'search',
      'Full-text search (Chinese word segmentation plus character bigrams, BM25, headline weighted)',
      [parameters.q, parameters.limit, parameters.cursor],
      json(ref('SearchResults'), 'Ranked hits'),
      { badRequest: true, notFound: false },
      ['search'],
    ),
    '/preview/articles/{ref}': preview(
      'previewArticle',
      'The latest draft of an article, by slug or id (a preview link names the id)',
      [parameters.ref, parameters.articleFormat],
      {
        description: 'The draft as view model, ninjs or JSON-LD; what its body embeds is shown as published',
        content: {
          'application/json': { schema: { oneOf: [ref('Article'), ref('Ninjs')] } },
          'application/ld+json': { schema: ref('NewsArticleJsonLd') },
        },
      },
      'articles',
    ),
    '/preview/photo-captions/{ref}': preview(
      'previewPhotoCaption',
      'The latest draft of a photo-caption item, by slug or id (a preview link names the id)',
      [parameters.ref, parameters.photoCaptionFormat],
      json({ oneOf: [ref('PhotoCaption'), ref('Ninjs')] }, 'The draft as view model or ninjs'),
      'photo-captions',
    ),
    '/openapi.json': get(
      'getOpenApi',
      'This document',
      [],
      json({ type: 'object' }, 'OpenAPI 3.1'),
      { notFound: false },
      ['meta'],
    ),
  },
  components: { schemas, securitySchemes },
})
