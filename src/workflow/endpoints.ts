import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { jsonObjectBody } from '../http/jsonBody'
import { actorFromUser } from './actor'
import { fireTransition } from './fire'
import type { WorkflowCollection } from './load'
import { workflowStatus } from './status'
import { translate } from '../i18n'

const staffActor = (req: PayloadRequest) => {
  if (!req.user) throw new APIError(translate(req, 'messages:workflow:endpoints:logInToUse'), 401, undefined, true)
  const actor = actorFromUser(req.user)
  if (!actor)
    throw new APIError(translate(req, 'messages:workflow:endpoints:onlyNewsroomStaffUse'), 403, undefined, true)
  return actor
}

const readBody = async (
  req: PayloadRequest,
): Promise<{ comment?: string; publishAt?: string; withdrawAt?: string }> => {
  const { comment, publishAt, withdrawAt } = await jsonObjectBody(req)
  if (comment !== undefined && typeof comment !== 'string')
    throw new APIError('`comment` must be a string', 400, undefined, true)
  if (publishAt !== undefined && typeof publishAt !== 'string')
    throw new APIError('`publishAt` must be an ISO 8601 string', 400, undefined, true)
  if (withdrawAt !== undefined && typeof withdrawAt !== 'string')
    throw new APIError('`withdrawAt` must be an ISO 8601 string', 400, undefined, true)
  if (typeof comment === 'string' && comment.length > 5000)
    throw new APIError('`comment` is longer than 5000 characters', 400, undefined, true)
  return { comment, publishAt, withdrawAt }
}

/**
 * `GET /api/<collection>/:id/workflow` — state, level, history and what the caller may do now.
 * `POST /api/<collection>/:id/workflow/:transition` with `{ comment?, publishAt?, withdrawAt? }` — fire a transition.
 */
export const workflowEndpoints = (collection: WorkflowCollection): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const actor = staffActor(req)
      const status = await workflowStatus(req.payload, collection, String(req.routeParams?.id), actor, req)
      return Response.json(status)
    },
  },
  {
    path: '/:id/workflow/:transition',
    method: 'post',
    handler: async (req) => {
      const actor = staffActor(req)
      const id = String(req.routeParams?.id)
      const fired = await fireTransition(req.payload, {
        collection,
        id,
        transition: String(req.routeParams?.transition),
        actor,
        ...(await readBody(req)),
        req,
      })
      const status = await workflowStatus(req.payload, collection, id, actor, req)
      return Response.json({ ...status, fired })
    },
  },
]
