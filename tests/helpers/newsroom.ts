import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'

import type { Brand, User } from '../../src/payload-types'
import { startPayload, type TestPayload } from './payload'
import { restClient, tokenFor, type RestClient } from './rest'
import { createUser, testPassword } from './users'

export interface Newsroom {
  daily: Brand
  app: Brand
  reporter: User
  colleague: User
  correspondent: User
  editor1: User
  editor2: User
  chief: User
  editorAtLarge: User
  admin: User
}

/**
 * A small newsroom for workflow tests: 青岛日报 with three review levels (editor1 初审, editor2 复审, chief 终审),
 * 观海新闻 with two (editor1, chief), reporters and a correspondent, an editor with no review duty and an admin.
 */
export const createNewsroom = async (payload: Payload): Promise<Newsroom> => {
  // The first account of a newsroom becomes its admin, so the admin comes first.
  const admin = await createUser(payload, 'admin', 'admin@test.local')
  const [editor1, editor2, chief, editorAtLarge] = await Promise.all(
    ['editor1', 'editor2', 'chief', 'editor-at-large'].map((name) =>
      createUser(payload, 'editor', `${name}@test.local`),
    ),
  )
  const daily = await payload.create({
    collection: 'brands',
    data: {
      name: '青岛日报',
      kind: 'print',
      reviewLevels: 3,
      reviewers: [
        { level: 1, editors: [editor1.id] },
        { level: 2, editors: [editor2.id] },
        { level: 3, editors: [chief.id] },
      ],
    },
    overrideAccess: true,
  })
  const app = await payload.create({
    collection: 'brands',
    data: {
      name: '观海新闻',
      kind: 'digital',
      reviewLevels: 2,
      reviewers: [
        { level: 1, editors: [editor1.id] },
        { level: 2, editors: [chief.id] },
      ],
    },
    overrideAccess: true,
  })
  const staff = async (role: 'reporter' | 'correspondent', email: string) => {
    const user = await createUser(payload, role, email)
    return payload.update({
      collection: 'users',
      id: user.id,
      data: { brands: [daily.id, app.id] },
      overrideAccess: true,
    })
  }
  const reporter = await staff('reporter', 'reporter@test.local')
  const colleague = await staff('reporter', 'colleague@test.local')
  const correspondent = await staff('correspondent', 'correspondent@test.local')
  return { daily, app, reporter, colleague, correspondent, editor1, editor2, chief, editorAtLarge, admin }
}

export type StaffKey = Exclude<keyof Newsroom, 'daily' | 'app'>
const staffKeys: StaffKey[] = [
  'reporter',
  'colleague',
  'correspondent',
  'editor1',
  'editor2',
  'chief',
  'editorAtLarge',
  'admin',
]

export interface NewsroomTest {
  t: TestPayload
  api: RestClient
  n: Newsroom
  /** A JWT per staff member, for `Authorization: JWT …`. */
  tokens: Record<StaffKey, string>
}

/** A Payload on a fresh database, the test newsroom in it, a REST client and everyone logged in. */
export const startNewsroom = async (): Promise<NewsroomTest> => {
  const t = await startPayload()
  const n = await createNewsroom(t.payload)
  const tokens = {} as Record<StaffKey, string>
  for (const key of staffKeys) tokens[key] = await tokenFor(t.payload, n[key].email, testPassword)
  return { t, api: restClient(t.config), n, tokens }
}

/**
 * The test newsroom for every test of the enclosing describe: started before them, closed after them. The object is
 * filled in by the describe's beforeAll, so read its fields inside tests and hooks, not at definition time.
 */
export const useNewsroom = (): NewsroomTest => {
  const room = {} as NewsroomTest
  beforeAll(async () => {
    Object.assign(room, await startNewsroom())
  })
  afterAll(async () => {
    await room.t?.close()
  })
  return room
}
