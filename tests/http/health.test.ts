import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'
import type { Payload } from 'payload'

import { healthRoutes } from '../../src/http/health'

describe('/readyz when the database does not answer', () => {
  let server: ReturnType<ReturnType<typeof express>['listen']>
  let url: string
  beforeAll(async () => {
    // A stand-in for a Payload whose database is gone: the readiness probe must say so, not hang or crash.
    const unreachable = {
      count: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:27017')),
    } as unknown as Payload
    const app = express().use(healthRoutes(unreachable))
    server = app.listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('answers 503 with the reason, while /healthz still says the process is alive', async () => {
    const ready = await fetch(`${url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'connect ECONNREFUSED 127.0.0.1:27017' })
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
  })
})
