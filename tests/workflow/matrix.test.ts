import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { actorFromUser } from '../../src/workflow/actor'
import { brandReviewFromDoc, evaluateTransition } from '../../src/workflow/guard'
import { fireWorkflow, type FireWorkflowArgs } from '../../src/workflow/localApi'
import { transitionNames, workflowStates, type TransitionName, type WorkflowState } from '../../src/workflow/types'
import { createArticleIn } from '../helpers/content'
import { createNewsroom, type Newsroom } from '../helpers/newsroom'
import { startPayload, type TestPayload } from '../helpers/payload'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { testPassword } from '../helpers/users'

type Path = 'REST' | 'GraphQL' | 'Local API'
type Outcome = { ok: true; state: string } | { ok: false; status: number }

/** Each state the matrix starts from; review is tried at its first and its last (sign-off) level. */
const startStates: { state: WorkflowState; reviewLevel: number | null }[] = workflowStates.flatMap(
  (state): { state: WorkflowState; reviewLevel: number | null }[] =>
    state === 'inReview'
      ? [
          { state, reviewLevel: 1 },
          { state, reviewLevel: 3 },
        ]
      : [{ state, reviewLevel: null }],
)

const snapshot = async (payload: Payload, id: string) => {
  const doc = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
  const versions = await payload.countVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
    overrideAccess: true,
  })
  const audit = await payload.count({
    collection: 'workflow-audit',
    where: { itemId: { equals: id } },
    overrideAccess: true,
  })
  return { doc, versions: versions.totalDocs, audit: audit.totalDocs }
}

describe('workflow matrix: every actor × every transition × every state, through REST, GraphQL and the Local API', () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  const tokens = new Map<string, string>()
  let actors: { name: string; user: User }[]

  beforeAll(async () => {
    // ~1,800 expected refusals: GraphQL logs each at error level, which would bury real failures in the output.
    process.env.LOG_LEVEL = 'fatal'
    t = await startPayload()
    api = restClient(t.config)
    n = await createNewsroom(t.payload)
    // The reporter owns every item; the others relate to it only through their role and review duties.
    actors = [
      { name: 'reporter (owner)', user: n.reporter },
      { name: 'reporter (colleague)', user: n.colleague },
      { name: 'correspondent', user: n.correspondent },
      { name: 'editor1 (初审)', user: n.editor1 },
      { name: 'editor2 (复审)', user: n.editor2 },
      { name: 'chief (终审)', user: n.chief },
      { name: 'editor without duty', user: n.editorAtLarge },
      { name: 'admin', user: n.admin },
    ]
    for (const { user } of actors) tokens.set(user.id, await tokenFor(t.payload, user.email, testPassword))
  })
  afterAll(async () => {
    await t?.close()
  })

  const fire = async (
    path: Path,
    user: User,
    id: string,
    transition: TransitionName,
    body: { comment: string; publishAt: string; withdrawAt: string },
  ): Promise<Outcome> => {
    const token = tokens.get(user.id) as string
    if (path === 'REST') {
      const response = await api.post(`/articles/${id}/workflow/${transition}`, { token, body })
      return response.status === 200 ? { ok: true, state: response.body.state } : { ok: false, status: response.status }
    }
    if (path === 'GraphQL') {
      const response = await api.graphql(
        'mutation($id: String!, $t: String!, $c: String, $p: String, $w: String) { WorkflowTransition(collection: "articles", id: $id, transition: $t, comment: $c, publishAt: $p, withdrawAt: $w) { state } }',
        { id, t: transition, c: body.comment, p: body.publishAt, w: body.withdrawAt },
        token,
      )
      const error = response.body.errors?.[0]
      return error
        ? { ok: false, status: Number(error.extensions?.statusCode) }
        : { ok: true, state: response.body.data.WorkflowTransition.state }
    }
    try {
      const fired = await fireWorkflow(t.payload, {
        collection: 'articles',
        id,
        transition: transition as FireWorkflowArgs['transition'],
        user,
        ...body,
      })
      return { ok: true, state: fired.to }
    } catch (error) {
      return { ok: false, status: (error as { status?: number }).status ?? 500 }
    }
  }

  it('allows exactly what the table allows, and a refusal changes nothing', async () => {
    const brand = brandReviewFromDoc(
      await t.payload.findByID({ collection: 'brands', id: n.daily.id, depth: 0, overrideAccess: true }),
    )
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString()
    const body = { comment: '矩阵测试意见', publishAt: inAnHour, withdrawAt: inAnHour }
    const mismatches: string[] = []
    let cases = 0
    const tally = { allowed: 0, refused: 0 }
    for (const path of ['REST', 'GraphQL', 'Local API'] as const) {
      for (const start of startStates) {
        const freshItem = async () => {
          const created = await createArticleIn(t.payload, start.state, {
            headline: `矩阵 ${start.state}`,
            brands: [n.daily.id],
            owner: n.reporter.id,
            reviewLevel: start.reviewLevel,
          })
          return { item: created, before: await snapshot(t.payload, created.id) }
        }
        let { item, before } = await freshItem()
        for (const { name, user } of actors) {
          const actor = actorFromUser({ ...user, collection: 'users' })
          for (const transition of transitionNames) {
            cases++
            const expected = evaluateTransition({
              actor: actor!,
              item: {
                ownerId: n.reporter.id,
                contributorUserIds: [],
                state: start.state,
                reviewLevel: start.reviewLevel,
                brandIds: [n.daily.id],
                history: [],
              },
              transition,
              brands: [brand],
              ...body,
              now: new Date(),
            })
            // A correspondent cannot even see someone else's draft: the item is "not found" for them.
            const hidden = user.role === 'correspondent' && start.state !== 'published'
            const got = await fire(path, user, item.id, transition, body)
            const label = `${path} · ${name} · ${transition} · ${start.state}${start.reviewLevel ? `@${start.reviewLevel}` : ''}`
            if (expected.ok && !hidden) {
              tally.allowed++
              if (!got.ok || got.state !== expected.to)
                mismatches.push(`${label}: expected → ${expected.to}, got ${JSON.stringify(got)}`)
              ;({ item, before } = await freshItem())
            } else {
              tally.refused++
              const status = hidden ? 404 : expected.ok ? 200 : expected.status
              if (got.ok || got.status !== status)
                mismatches.push(`${label}: expected ${status}, got ${JSON.stringify(got)}`)
              const after = await snapshot(t.payload, item.id)
              if (JSON.stringify(after) !== JSON.stringify(before))
                mismatches.push(`${label}: a refused transition changed the item`)
            }
          }
        }
      }
    }
    console.log(
      `workflow API matrix: ${cases} cases = 3 paths × ${actors.length} actors × ${transitionNames.length} transitions × ${startStates.length} start states (${tally.allowed} allowed, ${tally.refused} refused)`,
    )
    expect(mismatches).toEqual([])
    expect(tally.allowed).toBeGreaterThan(30)
  }, 900_000)
})
