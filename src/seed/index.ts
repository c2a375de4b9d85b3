import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { demoUsers } from './demoUsers'
import { seedFixtureStory } from './fixtureStory'
import { seedBrands, seedReviewers, seedSections } from './organisation'
import { channelPresets, formatCropRatio } from '../channels/limits'

export interface SeedResult {
  created: number
  /** Set only when this run created demo accounts: the password they got. */
  demoPassword: string | null
}

const bySlug = async (payload: Payload, collection: 'brands' | 'sections' | 'channels', slug: string) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true }))
    .docs[0]

/**
 * Idempotent demo newsroom: brands, sections, demo staff (never in production) and the fixture story.
 * Everything is looked up by a stable key first, so a second run creates and changes nothing.
 */
export const seed = async (payload: Payload): Promise<SeedResult> => {
  let created = 0
  let demoPassword: string | null = null

  const userIds = new Map<string, string>()
  const newUserIds: string[] = []
  if (process.env.NODE_ENV !== 'production') {
    const password = process.env.SEED_DEMO_PASSWORD || randomBytes(9).toString('base64url')
    for (const user of demoUsers) {
      const existing = (
        await payload.find({
          collection: 'users',
          where: { email: { equals: user.email } },
          limit: 1,
          overrideAccess: true,
        })
      ).docs[0]
      if (existing) {
        userIds.set(user.email, existing.id)
        continue
      }
      const doc = await payload.create({ collection: 'users', data: { ...user, password }, overrideAccess: true })
      userIds.set(user.email, doc.id)
      newUserIds.push(doc.id)
      demoPassword = password
      created++
    }
  }

  const brandIds: Record<string, string> = {}
  for (const brand of seedBrands) {
    const existing = await bySlug(payload, 'brands', brand.slug)
    const reviewers = Object.entries(seedReviewers[brand.slug] ?? {})
      .map(([level, emails]) => ({
        level: Number(level),
        editors: emails.flatMap((email) => userIds.get(email) ?? []),
      }))
      .filter((row) => row.editors.length > 0)
    brandIds[brand.slug] = existing
      ? existing.id
      : (await payload.create({ collection: 'brands', data: { ...brand, reviewers }, overrideAccess: true })).id
    if (!existing) created++
  }

  // Demo staff work for both brands, so their new items start in a brand's review chain.
  for (const id of newUserIds) {
    await payload.update({ collection: 'users', id, data: { brands: Object.values(brandIds) }, overrideAccess: true })
  }

  // 一稿多签: the paper, the app, the web and WeChat, each with its own limits and review levels.
  for (const { brandSlug, limits, ...channel } of channelPresets) {
    if (!brandIds[brandSlug] || (await bySlug(payload, 'channels', channel.slug))) continue
    await payload.create({
      collection: 'channels',
      data: {
        ...channel,
        brand: brandIds[brandSlug],
        limits: { ...limits, coverCrops: limits.coverCrops.map((ratio) => ({ ratio: formatCropRatio(ratio) })) },
      },
      overrideAccess: true,
    })
    created++
  }

  const sectionIds: Record<string, string> = {}
  for (const section of seedSections) {
    const existing = await bySlug(payload, 'sections', section.slug)
    sectionIds[section.slug] = existing
      ? existing.id
      : (
          await payload.create({
            collection: 'sections',
            data: {
              name: section.name,
              slug: section.slug,
              description: section.description,
              parent: section.parent ? sectionIds[section.parent] : undefined,
              brands: Object.values(brandIds),
              order: seedSections.indexOf(section),
            },
            overrideAccess: true,
          })
        ).id
    if (!existing) created++
  }

  const story = await seedFixtureStory(payload, {
    brandIds: [brandIds['qingdao-daily'], brandIds['guanhai-news']],
    sectionIds: [sectionIds['jiguan-dangjian']],
    ownerId: userIds.get('reporter@newsroom.local') ?? null,
    usersByName: new Map(
      demoUsers.flatMap((user) =>
        userIds.has(user.email) ? [[user.name, userIds.get(user.email) as string] as const] : [],
      ),
    ),
  })
  return { created: created + story.created, demoPassword }
}
