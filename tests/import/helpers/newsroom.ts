import type { Payload } from 'payload'

import type { Brand, Section, User } from '../../../src/payload-types'
import { seedBrands } from '../../../src/seed/organisation'
import { createUser } from '../../helpers/users'

export interface Newsroom {
  brands: Brand[]
  sections: Section[]
  /** signs off at the last review level of both brands: may publish imports */
  editor: User
  /** reviews at level 1 only: an editor who may not sign stories off */
  deskEditor: User
  reporter: User
  correspondent: User
}

export const asUser = (user: User): User => ({ ...user, collection: 'users' })

/** The demo brands (with their review levels), two sections and one account per role; no images to render. */
export const setUpNewsroom = async (payload: Payload): Promise<Newsroom> => {
  const editor = asUser(await createUser(payload, 'editor', 'import-editor@test.local'))
  const deskEditor = asUser(await createUser(payload, 'editor', 'import-desk@test.local'))
  const reporter = asUser(await createUser(payload, 'reporter', 'import-reporter@test.local'))
  const correspondent = asUser(await createUser(payload, 'correspondent', 'import-correspondent@test.local'))
  const brands: Brand[] = []
  for (const brand of seedBrands) {
    const reviewers = [
      { level: 1, editors: [deskEditor.id] },
      { level: brand.reviewLevels, editors: [editor.id] },
    ]
    brands.push(await payload.create({ collection: 'brands', data: { ...brand, reviewers }, overrideAccess: true }))
  }
  const politics = await payload.create({
    collection: 'sections',
    data: { name: '政务', slug: 'zhengwu' },
    overrideAccess: true,
  })
  const party = await payload.create({
    collection: 'sections',
    data: { name: '机关党建', slug: 'jiguan-dangjian', parent: politics.id },
    overrideAccess: true,
  })
  return { brands, sections: [politics, party], editor, deskEditor, reporter, correspondent }
}
