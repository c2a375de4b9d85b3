import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'
import type { Server } from 'node:http'

import { formatCropRatio, wechatLimits } from '../../src/channels/limits'
import { createDeliveryRouter, type DeliveryRouter } from '../../src/delivery/router'
import type { Channel, ChannelVariant, User } from '../../src/payload-types'
import { workflowContext } from '../../src/workflow/context'
import { workflowStates, type WorkflowState } from '../../src/workflow/types'
import { createPublishedArticle } from '../helpers/content'
import { useNewsroom, type StaffKey } from '../helpers/newsroom'

/**
 * Nothing unsigned reaches a channel, on every path: for each channel and each workflow state a variant can be in,
 * who sees it through REST, GraphQL, the Local API with a user, and /content/v1. Only a variant whose live record is
 * published is public; staff see what the workflow's read rule gives them.
 */
describe('一稿多签: channel × state × role', () => {
  const room = useNewsroom()
  const channels: Channel[] = []
  const variants: { channel: Channel; state: WorkflowState; variant: ChannelVariant; owner: StaffKey }[] = []
  let router: DeliveryRouter
  let server: Server
  let base: string

  beforeAll(async () => {
    const { payload } = room.t
    for (const [kind, limits, name] of [
      ['print', {}, '青岛日报（报纸）'],
      [
        'wechat',
        { ...wechatLimits, coverCrops: wechatLimits.coverCrops.map((ratio) => ({ ratio: formatCropRatio(ratio) })) },
        '青岛日报微信公众号',
      ],
    ] as const) {
      channels.push(
        await payload.create({
          collection: 'channels',
          data: { name, kind, brand: room.n.daily.id, reviewLevels: 2, limits },
          overrideAccess: true,
        }),
      )
    }
    const master = await createPublishedArticle(payload, {
      headline: '矩阵测试主稿',
      brands: [room.n.daily.id],
      contributors: [{ role: 'reporter', name: '任晓萌', user: room.n.reporter.id }],
    })
    const snapshot = (await payload.findByID({
      collection: 'articles',
      id: master.id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    // One master may have one variant per channel: a master per (channel, state) pair, variants put into each state
    // as trusted system code does (the transitions themselves are tested in variants.test.ts).
    for (const channel of channels) {
      for (const state of workflowStates) {
        const own = await createPublishedArticle(payload, {
          headline: `${channel.kind}-${state}`,
          brands: [room.n.daily.id],
        })
        const owner: StaffKey = state === 'draft' ? 'correspondent' : 'reporter'
        const variant = (await payload.create({
          collection: 'channel-variants',
          data: {
            master: own.id,
            channel: channel.id,
            headline: `${channel.kind} ${state}`,
            bodyMode: 'inherit',
            workflowState: state,
            _status: state === 'published' ? 'published' : 'draft',
            owner: room.n[owner].id,
            // Even with a signed snapshot, only a published live record is served.
            signedMaster: { updatedAt: String(snapshot.updatedAt), at: new Date().toISOString(), snapshot },
          },
          draft: false,
          overrideAccess: true,
          context: workflowContext('system'),
        })) as ChannelVariant
        variants.push({ channel, state, variant, owner })
      }
    }
    router = createDeliveryRouter(payload, { rateLimitPerMinute: 0 })
    const app = express()
    app.use('/content/v1', router)
    server = app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/content/v1`
  })

  afterAll(async () => {
    await router?.delivery.close()
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
  })

  const readers: (StaffKey | 'anonymous')[] = ['anonymous', 'correspondent', 'colleague', 'reporter', 'editor1']

  /** The workflow's read rule for variants of the daily: editors all; reporters their brand's; correspondents own. */
  const mayRead = (reader: StaffKey | 'anonymous', state: WorkflowState, owner: StaffKey): boolean => {
    if (state === 'published') return true
    if (reader === 'anonymous') return false
    if (reader === 'editor1' || reader === 'reporter' || reader === 'colleague') return true
    return reader === owner
  }

  it('REST, GraphQL and the Local API show each reader exactly what the read rule allows', async () => {
    const seen: string[] = []
    const expected: string[] = []
    for (const { channel, state, variant, owner } of variants) {
      for (const reader of readers) {
        const token = reader === 'anonymous' ? undefined : room.tokens[reader]
        const rest = await room.api.get(`/channel-variants/${variant.id}?draft=true`, { token })
        const graph = await room.api.graphql(
          'query($id: String!) { ChannelVariant(id: $id, draft: true) { id headline } }',
          { id: variant.id },
          token,
        )
        const user: User | undefined = reader === 'anonymous' ? undefined : room.n[reader]
        const local = await room.t.payload
          .findByID({ collection: 'channel-variants', id: variant.id, draft: true, overrideAccess: false, user })
          .then(() => true)
          .catch(() => false)
        const cell = `${channel.kind}/${state}/${reader}`
        seen.push(
          `${cell}: rest ${rest.status === 200}, graphql ${Boolean(graph.body.data?.ChannelVariant)}, local ${local}`,
        )
        const may = mayRead(reader, state, owner)
        expected.push(`${cell}: rest ${may}, graphql ${may}, local ${may}`)
      }
    }
    expect(seen).toEqual(expected)
  })

  it('/content/v1 serves a channel only the variants signed off for it', async () => {
    for (const channel of channels) {
      const list = (await (await fetch(`${base}/channels/${channel.slug}/articles`)).json()) as {
        items: { variantId: string }[]
      }
      const published = variants.filter((entry) => entry.channel.id === channel.id && entry.state === 'published')
      expect(list.items.map((item) => item.variantId)).toEqual(published.map((entry) => entry.variant.id))
      for (const { state, variant } of variants.filter((entry) => entry.channel.id === channel.id)) {
        const response = await fetch(`${base}/channels/${channel.slug}/articles/${variant.id}`)
        expect([state, response.status]).toEqual([state, state === 'published' ? 200 : 404])
      }
    }
  })

  it('no reader but the chief signs a variant off: REST and GraphQL refuse everyone else, and nothing changes', async () => {
    const inReview = variants.filter((entry) => entry.state === 'inReview')
    for (const { variant } of inReview) {
      await room.t.payload.update({
        collection: 'channel-variants',
        id: variant.id,
        data: { reviewLevel: 2 },
        overrideAccess: true,
        context: workflowContext('system'),
      })
      for (const reader of ['correspondent', 'reporter', 'editor2', 'editorAtLarge'] as const) {
        const rest = await room.api.post(`/channel-variants/${variant.id}/workflow/publish`, {
          token: room.tokens[reader],
          body: {},
        })
        // A correspondent may not even read a colleague's variant in review: not found, rather than forbidden.
        expect([reader, rest.status]).toEqual([reader, reader === 'correspondent' ? 404 : 403])
        const graph = await room.api.graphql(
          'mutation($id: String!) { WorkflowTransition(collection: "channel-variants", id: $id, transition: "publish") { state } }',
          { id: variant.id },
          room.tokens[reader],
        )
        expect([reader, graph.body.data?.WorkflowTransition ?? null, (graph.body.errors ?? []).length > 0]).toEqual([
          reader,
          null,
          true,
        ])
      }
      const after = await room.t.payload.findByID({
        collection: 'channel-variants',
        id: variant.id,
        draft: true,
        overrideAccess: true,
      })
      expect(after).toMatchObject({ workflowState: 'inReview', _status: 'draft' })
    }
  })

  it('a direct write cannot publish a variant or change its workflow fields, on REST or GraphQL', async () => {
    const draft = variants.find((entry) => entry.state === 'draft' && entry.channel.kind === 'wechat')!.variant
    for (const body of [{ _status: 'published' }, { workflowState: 'published' }, { reviewLevels: 1 }]) {
      const response = await room.api.patch(`/channel-variants/${draft.id}`, { token: room.tokens.editor1, body })
      const stored = await room.t.payload.findByID({
        collection: 'channel-variants',
        id: draft.id,
        overrideAccess: true,
      })
      expect([JSON.stringify(body), stored._status, stored.workflowState, stored.reviewLevels]).toEqual([
        JSON.stringify(body),
        'draft',
        'draft',
        2,
      ])
      // A forged workflow field is refused (403); a forged review level is ignored (the channel decides it).
      expect([JSON.stringify(body), 'reviewLevels' in body ? response.status < 400 : response.status]).toEqual([
        JSON.stringify(body),
        'reviewLevels' in body ? true : 403,
      ])
    }
    const graph = await room.api.graphql(
      'mutation($id: String!) { updateChannelVariant(id: $id, data: { _status: published }) { id } }',
      { id: draft.id },
      room.tokens.editor1,
    )
    expect(graph.body.errors?.length ?? 0).toBeGreaterThan(0)
    const stored = await room.t.payload.findByID({ collection: 'channel-variants', id: draft.id, overrideAccess: true })
    expect(stored._status).toBe('draft')
  })
})
