import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { apiClientOf, isActiveClient } from '../../access/apiClients'
import type { ApiClient } from '../../payload-types'
import { sendError } from '../http'
import { bothLanguages } from '../../i18n'

const apiKeyPrefix = 'api-clients API-Key '
const strategyName = 'api-clients-api-key'

type AuthStrategy = Payload['authStrategies'][number]

const reserved = new WeakMap<Payload, AuthStrategy>()

/**
 * Payload registers the `api-clients` API-key strategy for all of /api, where any logged-in user may write Payload's
 * own bookkeeping (document locks, preferences) and read the lock list: a key would count as more than an anonymous
 * reader. Taken out of Payload's chain at init, a key means nothing on /api (exactly anonymous, so it writes nothing)
 * and only /content/v1 asks the strategy, below. Key storage, hashing and the admin's key field stay Payload's.
 */
export const reserveApiKeysForDelivery = (payload: Payload): void => {
  const index = payload.authStrategies.findIndex((strategy) => strategy.name === strategyName)
  if (index === -1) return
  reserved.set(payload, payload.authStrategies[index])
  payload.authStrategies.splice(index, 1)
}

const apiKeyStrategy = (payload: Payload): AuthStrategy | undefined =>
  reserved.get(payload) ?? payload.authStrategies.find((strategy) => strategy.name === strategyName)

/**
 * Front ends identify themselves with `Authorization: api-clients API-Key <key>`, checked by Payload's own API-key
 * strategy. A key that is unknown or switched off is refused (401), not quietly served as anonymous, so a front end
 * learns at once that its key is wrong. Other Authorization schemes are ignored: staff sessions mean nothing here.
 */
export const authenticateApiClients =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    const header = req.get('authorization')
    if (!header?.startsWith(apiKeyPrefix)) return next()
    const strategy = apiKeyStrategy(payload)
    const result = strategy
      ? await strategy.authenticate({
          headers: new Headers({ authorization: header }),
          payload,
          canSetHeaders: false,
          strategyName,
        })
      : null
    const client = apiClientOf(result?.user ?? null)
    if (!client || !isActiveClient(client)) {
      res.set('WWW-Authenticate', 'api-clients API-Key')
      return sendError(res, 401, bothLanguages('messages:delivery:clientAuth:unknownOrInactiveApi'))
    }
    res.locals.apiClient = client
    next()
  }

export const apiClientOfResponse = (res: Response): ApiClient | null =>
  (res.locals.apiClient as ApiClient | undefined) ?? null
