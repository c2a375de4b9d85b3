import type { SanitizedConfig } from 'payload'

import { wellFormedId } from '../../db'
import { queryProblems } from './queryProblems'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const wantsEnglish = (request: Request): boolean => {
  const cookie = /(?:^|;\s*)payload-lng=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  const language = cookie ?? request.headers.get('accept-language')?.split(',')[0] ?? ''
  return language.trim().toLowerCase().startsWith('en')
}

/**
 * Payload's REST handlers turn `page=1e309` into Infinity, pass `-1` and `NaN` through and let a malformed `where`
 * reach the database, which answers with a 500. This checks the query first and answers 400 with what is wrong, in
 * Payload's error shape (`{ errors: [{ message }] }`), Chinese unless the client asks for English.
 */
export const guardRestQuery =
  (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  (handler: RouteHandler): RouteHandler =>
  async (request, args) => {
    const url = new URL(request.url)
    if (url.search.length > 1) {
      const { collections, db } = await config
      const apiPath = url.pathname
        .replace(/^.*?\/api\//, '')
        .split('/')
        .filter(Boolean)
      const problems = queryProblems(url.search, apiPath, {
        collections,
        isId: (value) => wellFormedId(db.name, value),
      })
      if (problems.length > 0) {
        const english = wantsEnglish(request)
        return Response.json(
          { errors: problems.map((problem) => ({ message: english ? problem.en : problem.zh })) },
          { status: 400 },
        )
      }
    }
    return handler(request, args)
  }
