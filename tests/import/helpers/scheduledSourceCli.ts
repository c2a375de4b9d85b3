import { runCli } from '../../../src/import/runCli'

/**
 * `npx tsx tests/import/helpers/scheduledSourceCli.ts <publishAt> <withdrawAt>`: seeds the database DATABASE_URI points
 * at (its own process: jest holds one Payload per process), then has the demo chief editor schedule a publication of a
 * new approved story and a withdrawal of the fixture story.
 */
await runCli(async () => {
  const [publishAt, withdrawAt] = process.argv.slice(2)
  const [{ getPayload }, { default: config }, { seed }, { fireWorkflow }, { workflowContext }, { fixtureStorySlug }] =
    await Promise.all([
      import('payload'),
      import('../../../payload.config'),
      import('../../../src/seed'),
      import('../../../src/workflow/localApi'),
      import('../../../src/workflow/context'),
      import('../../../src/seed/fixtureStory'),
    ])
  const payload = await getPayload({ config })
  await seed(payload)
  const one = async (collection: 'users' | 'articles' | 'brands', field: string, value: string) =>
    (
      await payload.find({
        collection,
        where: { [field]: { equals: value } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!
  const chief = (await one('users', 'email', 'chief@newsroom.local')) as Parameters<typeof fireWorkflow>[1]['user']
  const daily = await one('brands', 'slug', 'qingdao-daily')
  const approved = await payload.create({
    collection: 'articles',
    data: { headline: '迁移前定时发布的稿件', brands: [daily.id], workflowState: 'approved', _status: 'draft' },
    overrideAccess: true,
    context: workflowContext('system'),
  })
  await fireWorkflow(payload, {
    collection: 'articles',
    id: approved.id,
    transition: 'schedule',
    user: chief,
    publishAt,
  })
  const story = await one('articles', 'slug', fixtureStorySlug)
  await fireWorkflow(payload, {
    collection: 'articles',
    id: String(story.id),
    transition: 'scheduleWithdraw',
    user: chief,
    comment: '专题到期下线',
    withdrawAt,
  })
  await payload.destroy()
  return 0
})
