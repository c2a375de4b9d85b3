import { APIError } from 'payload'

import type { Label } from './types'
import { bilingual, inBothLanguages } from '../i18n'

/** A workflow refusal: the HTTP status from the table's guard, and a message in both admin languages. */
export class WorkflowError extends APIError<{ code: string; message: Label; problems?: Label[] }> {
  constructor(status: number, code: string, message: Label, problems?: Label[]) {
    super(inBothLanguages(message), status, problems ? { code, message, problems } : { code, message }, true)
    this.name = 'WorkflowError'
  }
}

export const editRefused = {
  publishDirectly: bilingual('workflow:errors:editRefused:publishDirectly'),
  workflowField: bilingual('workflow:errors:editRefused:workflowField'),
  locked: bilingual('workflow:errors:editRefused:locked'),
  restoreAsDraft: bilingual('workflow:errors:editRefused:restoreAsDraft'),
  stale: bilingual('workflow:errors:editRefused:stale'),
} satisfies Record<string, Label>
