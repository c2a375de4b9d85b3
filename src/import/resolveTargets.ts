import type { Payload } from 'payload'

import type { Brand, Section, User } from '../payload-types'
import { bilingual, bothLanguages } from '../i18n'
import { CliError } from './cliError'

/**
 * The account the import acts as. The operator who runs the CLI already has the database; what matters is that every
 * write then goes through that account's access rules, so it is looked up without them.
 */
export const resolveImportUser = async (payload: Payload, email: string | null): Promise<User> => {
  if (!email) throw new CliError(bothLanguages('messages:import:cli:whoIsImporting'))
  const { docs } = await payload.find({
    collection: 'users',
    where: { or: [{ email: { equals: email } }, { email: { equals: email.toLowerCase() } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = docs[0]
  if (!user) throw new CliError(bothLanguages('messages:import:cli:noSuchUser', { email }))
  // Local API finds do not say which auth collection a document came from; access predicates check it.
  return { ...user, collection: 'users' }
}

const matches = (wanted: string, ...candidates: (string | null | undefined)[]): boolean => {
  const key = wanted.trim().toLowerCase()
  return candidates.some((candidate) => candidate?.trim().toLowerCase() === key)
}

/** "青岛日报 (qingdao-daily), 观海新闻 (guanhai-news)": the same list in both languages, "none" translated. */
const described = (docs: (Brand | Section)[]) =>
  docs.length > 0 ? docs.map((doc) => `${doc.name} (${doc.slug})`).join(', ') : bilingual('messages:import:cli:none')

/** Resolves --brand values by name or slug; an unknown one is an error that lists the valid brands. */
export const resolveBrands = (wanted: string[], brands: Brand[]): Brand[] =>
  wanted.map((name) => {
    const brand = brands.find((doc) => matches(name, doc.name, doc.slug))
    if (!brand)
      throw new CliError(bothLanguages('messages:import:cli:unknownBrand', { name, valid: described(brands) }))
    return brand
  })

/** Resolves --section values by name or slug; unknown or ambiguous names are errors that list the valid sections. */
export const resolveSections = (wanted: string[], sections: Section[]): Section[] =>
  wanted.map((name) => {
    const bySlug = sections.find((doc) => matches(name, doc.slug))
    if (bySlug) return bySlug
    const byName = sections.filter((doc) => matches(name, doc.name))
    if (byName.length > 1)
      throw new CliError(bothLanguages('messages:import:cli:ambiguousSection', { name, candidates: described(byName) }))
    if (!byName[0])
      throw new CliError(bothLanguages('messages:import:cli:unknownSection', { name, valid: described(sections) }))
    return byName[0]
  })

/** Brands named in a byline ("青岛日报/观海新闻记者 …") matched by name or byline label, in byline order. */
export const brandsFromByline = (names: string[], brands: Brand[]): { brands: Brand[]; unmatched: string[] } => {
  const found: Brand[] = []
  const unmatched: string[] = []
  for (const name of names) {
    const brand = brands.find((doc) => matches(name, doc.name, doc.bylineLabel))
    if (!brand) unmatched.push(name)
    else if (!found.includes(brand)) found.push(brand)
  }
  return { brands: found, unmatched }
}

/** Every brand and section, read as the importing user (both are public). */
export const loadOrganisation = async (
  payload: Payload,
  user: User,
): Promise<{ brands: Brand[]; sections: Section[] }> => {
  const [brands, sections] = await Promise.all([
    payload.find({ collection: 'brands', pagination: false, depth: 0, sort: 'name', overrideAccess: false, user }),
    payload.find({ collection: 'sections', pagination: false, depth: 0, sort: 'name', overrideAccess: false, user }),
  ])
  return { brands: brands.docs, sections: sections.docs }
}
