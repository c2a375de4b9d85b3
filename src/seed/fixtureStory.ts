import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import { parseStory } from '../import/parser/parseStory'
import { captionData, storyArticleFields } from '../import/storyData'
import { workflowContext } from '../workflow/context'
import { placeholderJpeg } from './placeholderImage'

export const fixtureStorySlug = 'qingdao-2024-jiguan-dangjian'
export const fixtureStoryPath = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'qingdao-daily-2024-jiguan-dangjian.txt',
)

interface StoryRefs {
  brandIds: string[]
  sectionIds: string[]
  /** The demo reporter, when demo users exist: the story is theirs in the workflow. */
  ownerId: string | null
  /** Demo accounts by name, so credited contributors link to their users. */
  usersByName: Map<string, string>
}

const findOne = async (
  payload: Payload,
  collection: 'media' | 'photo-captions' | 'articles',
  field: string,
  value: string,
) => {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  return docs[0]
}

/** The real 青岛日报 story, published, with its 13 photo-caption items (placeholder photos). Creates only what is missing. */
export const seedFixtureStory = async (payload: Payload, refs: StoryRefs): Promise<{ created: number }> => {
  let created = 0
  const story = parseStory(await readFile(fixtureStoryPath, 'utf8'))
  const captions = story.body.flatMap((block) => (block.type === 'caption' ? [block] : []))

  const captionIds: string[] = []
  for (const [index, caption] of captions.entries()) {
    const filename = `jiguan-dangjian-2024-${String(index + 1).padStart(2, '0')}.jpg`
    let media = await findOne(payload, 'media', 'filename', filename)
    if (!media) {
      const data = await placeholderJpeg(index)
      media = await payload.create({
        collection: 'media',
        data: { alt: caption.text.slice(0, 60), credit: caption.credit ?? '青岛市委市直机关工委 供图' },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        overrideAccess: true,
      })
      created++
    }
    let item = await findOne(payload, 'photo-captions', 'caption', caption.text)
    if (!item) {
      item = await payload.create({
        collection: 'photo-captions',
        data: {
          ...captionData(caption, refs),
          image: media.id,
          location: '青岛',
          _status: 'published',
          workflowState: 'published',
          owner: refs.ownerId,
        },
        overrideAccess: true,
        context: workflowContext('seed'),
      })
      created++
    }
    captionIds.push(String(item.id))
  }

  if (!(await findOne(payload, 'articles', 'slug', fixtureStorySlug))) {
    await payload.create({
      collection: 'articles',
      data: {
        ...storyArticleFields(story, captionIds, refs),
        slug: fixtureStorySlug,
        contributors: story.contributors.map(({ role, name, organisation }) => ({
          role,
          name,
          organisation,
          user: refs.usersByName.get(name),
        })),
        tags: ['机关党建', '模范机关', '清廉建设'],
        printEdition: { date: '2024-12-10', page: '6' },
        _status: 'published',
        workflowState: 'published',
        owner: refs.ownerId,
      },
      overrideAccess: true,
      context: workflowContext('seed'),
    })
    created++
  }
  return { created }
}
