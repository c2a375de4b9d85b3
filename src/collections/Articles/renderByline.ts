export type ContributorRole = 'reporter' | 'correspondent' | 'photographer' | 'editor'

export interface BylineContributor {
  role: ContributorRole
  name: string
}

/**
 * Newspaper-style byline from structured contributors: "青岛日报/观海新闻记者 任晓萌 通讯员 徐文琦".
 * Brands are named by their byline labels joined with "/"; without a brand the paper says "本报". Editors are credited
 * elsewhere (责任编辑), never in the byline.
 */
export const renderByline = (contributors: BylineContributor[], brandLabels: string[]): string => {
  const names = (role: ContributorRole): string[] =>
    contributors.filter((c) => c.role === role).map((c) => c.name.replace(/\s+/g, ''))
  const house = brandLabels.length > 0 ? brandLabels.join('/') : '本报'
  const parts: string[] = []
  const reporters = names('reporter')
  const correspondents = names('correspondent')
  const photographers = names('photographer')
  if (reporters.length > 0) parts.push(`${house}记者 ${reporters.join(' ')}`)
  if (correspondents.length > 0) parts.push(`通讯员 ${correspondents.join(' ')}`)
  if (photographers.length > 0) parts.push(`摄影 ${photographers.join(' ')}`)
  return parts.join(' ')
}
