import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '../payload-types'

export type ImportedArticle = Pick<Article, 'id' | 'importSource' | 'body' | '_status'>

/**
 * The article imported from this file, as its latest revision: of the documents whose latest version has this path,
 * the first created (what a drafts find sorted by createdAt returns). Identity is not a permission question, so it is
 * found without access rules (a user who may not see it must not create a duplicate); changing it is checked as the
 * user.
 *
 * Asked of the versions by path alone, not through a drafts find: that one also filters on `latest`, and SQLite's
 * sampled statistics (PRAGMA analysis_limit) rate `latest` as selective as the path index when most articles were not
 * imported, so it walked every latest version per story (12 ms on 10,000 articles, growing with the archive); by path
 * alone the index finds the few versions of this file. Which one is latest is then read from their `latest` flag.
 */
export const findImported = async (
  payload: Payload,
  path: string,
  req: PayloadRequest,
): Promise<ImportedArticle | undefined> => {
  const { docs } = await payload.findVersions({
    collection: 'articles',
    where: { 'version.importSource.path': { equals: path } },
    sort: 'version.createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { latest: true, parent: true, version: { importSource: true, body: true, _status: true } },
    req,
  })
  const latest = docs.find((doc) => doc.latest)
  if (!latest) return undefined
  const { importSource, body, _status } = latest.version
  const parent: unknown = latest.parent
  const id = String(typeof parent === 'object' && parent !== null ? (parent as Article).id : parent)
  return { id, importSource, body, _status }
}
