import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestPayload } from '../helpers/payload'
import { restClient, tokenFor, type RestClient } from '../helpers/rest'
import { createUser, testPassword } from '../helpers/users'

describe('users and roles', () => {
  let t: TestPayload
  let api: RestClient

  beforeAll(async () => {
    t = await startPayload()
    api = restClient(t.config)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('the first account becomes admin even when it asks for nothing (create-first-user)', async () => {
    const first = await api.post('/users/first-register', {
      body: { email: 'boss@newsroom.local', password: testPassword, name: '总编', role: 'reporter' },
    })
    expect(first.status).toBe(200)
    const stored = await t.payload.find({
      collection: 'users',
      where: { email: { equals: 'boss@newsroom.local' } },
      overrideAccess: true,
    })
    expect(stored.docs[0].role).toBe('admin')
  })

  it('nobody raises their own role', async () => {
    const reporter = await createUser(t.payload, 'reporter')
    const token = await tokenFor(t.payload, reporter.email, testPassword)
    const response = await api.patch(`/users/${reporter.id}`, { token, body: { role: 'admin', name: '改名' } })
    expect(response.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'users', id: reporter.id, overrideAccess: true })
    expect(stored).toMatchObject({ role: 'reporter', name: '改名' })
  })

  it('only admins create, change or unlock accounts; staff read the directory, a correspondent only themself', async () => {
    const editor = await createUser(t.payload, 'editor')
    const reporter = await createUser(t.payload, 'reporter')
    const correspondent = await createUser(t.payload, 'correspondent')
    const token = await tokenFor(t.payload, editor.email, testPassword)
    expect(
      (
        await api.post('/users', {
          token,
          body: { email: 'x@test.local', password: testPassword, name: 'x', role: 'admin' },
        })
      ).status,
    ).toBe(403)
    expect((await api.get(`/users/${reporter.id}`, { token })).status).toBe(200)
    expect((await api.patch(`/users/${reporter.id}`, { token, body: { name: '改别人的名字' } })).status).toBe(403)
    expect((await api.post('/users/unlock', { token, body: { email: reporter.email } })).status).toBe(403)
    const outsider = await tokenFor(t.payload, correspondent.email, testPassword)
    const seen = await api.get('/users?limit=0', { token: outsider })
    expect(seen.body.docs.map((user: { id: string }) => user.id)).toEqual([correspondent.id])
    expect((await api.get(`/users/${reporter.id}`, { token: outsider })).status).toBe(404)
  })

  it('an admin assigns roles', async () => {
    const admin = await createUser(t.payload, 'admin')
    const token = await tokenFor(t.payload, admin.email, testPassword)
    const response = await api.post('/users', {
      token,
      body: { email: 'chief@test.local', password: testPassword, name: '终审', role: 'editor' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.role).toBe('editor')
  })

  it('a reporter cannot run or queue jobs', async () => {
    const reporter = await createUser(t.payload, 'reporter')
    const token = await tokenFor(t.payload, reporter.email, testPassword)
    // Payload answers a denied jobs run with 401; either way nothing runs.
    expect([401, 403]).toContain((await api.get('/payload-jobs/run', { token })).status)
    expect([401, 403]).toContain((await api.get('/payload-jobs/handle-schedules', { token })).status)
    expect((await api.post('/payload-jobs', { token, body: { taskSlug: 'schedulePublish', input: {} } })).status).toBe(
      403,
    )
    expect((await api.get('/payload-jobs', { token })).status).toBe(403)
  })
})
