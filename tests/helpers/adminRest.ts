import { afterAll, beforeAll } from '@jest/globals'

import { startPayload, type TestPayload } from './payload'
import { restClient, tokenFor, type RestClient } from './rest'
import { createUser, testPassword } from './users'

export interface AdminRest {
  t: TestPayload
  api: RestClient
  /** An admin's JWT, for `Authorization: JWT …`. */
  token: string
}

/**
 * A Payload on a fresh database with one admin logged in, for every test of the enclosing describe: started before
 * them, closed after them. The object is filled in by the describe's beforeAll, so read it inside tests and hooks.
 */
export const useAdminRest = (): AdminRest => {
  const rest = {} as AdminRest
  beforeAll(async () => {
    const t = await startPayload()
    const admin = await createUser(t.payload, 'admin')
    Object.assign(rest, { t, api: restClient(t.config), token: await tokenFor(t.payload, admin.email, testPassword) })
  })
  afterAll(async () => {
    await rest.t?.close()
  })
  return rest
}
