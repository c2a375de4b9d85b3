import { APIError, type PayloadRequest } from 'payload'

import { actorFromUser } from '../../workflow/actor'
import { translate } from '../../i18n'

/** The channel endpoints are the newsroom's: logged-in staff only (401 without a login, 403 for anyone else). */
export const requireStaff = (req: PayloadRequest) => {
  if (!req.user) throw new APIError(translate(req, 'messages:workflow:endpoints:logInToUse'), 401, undefined, true)
  const actor = actorFromUser(req.user)
  if (!actor)
    throw new APIError(translate(req, 'messages:workflow:endpoints:onlyNewsroomStaffUse'), 403, undefined, true)
  return actor
}
