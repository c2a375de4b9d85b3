/**
 * URL slugs keep Chinese characters (valid in IRIs and readable to editors) and fold everything else to
 * lowercase ASCII words joined by "-".
 */
export const slugify = (text: string, maxLength = 80): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')

export const isValidSlug = (slug: string): boolean =>
  slug.length > 0 && slug.length <= 120 && slugify(slug, 120) === slug
