/**
 * P3's baseline: the same plain-text files written with bare Local API `create` calls — parse, one create per photo
 * caption, one create for the article, already in its final state — without the importer's lookups (re-import
 * identity, stored version), transaction, access checks as a user or separate publish step.
 * Env: BENCH_IMPORT_DIR, BENCH_IMPORT_AS (draft|published), BENCH_SECTION (slug), BENCH_MEMORY_EVERY (see ./memory).
 * Prints `BENCH_RESULT {json}`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'

import config from '../../payload.config'
import { decodeStoryBytes } from '../../src/import/parser/decode'
import { parseStory } from '../../src/import/parser/parseStory'
import { captionData, storyArticleFields } from '../../src/import/storyData'
import { workflowContext } from '../../src/workflow/context'
import { memorySampler } from './memory'

const main = async () => {
  const dir = process.env.BENCH_IMPORT_DIR as string
  const as = process.env.BENCH_IMPORT_AS === 'draft' ? 'draft' : 'published'
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
  const bootStarted = performance.now()
  const payload = await getPayload({ config })
  const bootSeconds = (performance.now() - bootStarted) / 1000
  const brands = (await payload.find({ collection: 'brands', pagination: false, depth: 0, overrideAccess: true })).docs
  const section = (
    await payload.find({
      collection: 'sections',
      where: { slug: { equals: process.env.BENCH_SECTION ?? 'jingji' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const state =
    as === 'published'
      ? ({ _status: 'published', workflowState: 'published' } as const)
      : ({ _status: 'draft', workflowState: 'draft' } as const)
  const context = workflowContext('import')

  const sampler = memorySampler()
  const started = performance.now()
  for (const [index, file] of files.entries()) {
    const story = parseStory(decodeStoryBytes(readFileSync(path.join(dir, file))))
    const brandIds = brands
      .filter((brand) => story.brands.includes(brand.name) || story.brands.includes(brand.bylineLabel ?? ''))
      .map((brand) => brand.id)
    const sectionIds = section ? [section.id] : []
    const captionIds: string[] = []
    for (const block of story.body) {
      if (block.type !== 'caption') continue
      const item = await payload.create({
        collection: 'photo-captions',
        data: { ...captionData(block, { brandIds, sectionIds }), ...state },
        overrideAccess: true,
        context,
        depth: 0,
      })
      captionIds.push(item.id)
    }
    await payload.create({
      collection: 'articles',
      data: { ...storyArticleFields(story, captionIds, { brandIds, sectionIds }), ...state },
      overrideAccess: true,
      context,
      depth: 0,
    })
    sampler.storyDone(index + 1)
  }
  const seconds = (performance.now() - started) / 1000
  await payload.destroy()
  process.stdout.write(
    `BENCH_RESULT ${JSON.stringify({ stories: files.length, seconds, bootSeconds, samples: sampler.samples })}\n`,
  )
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
