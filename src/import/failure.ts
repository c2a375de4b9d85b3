import type { Label } from '../i18n'
import { StoryParseError } from './parser/errors'

export interface Failure {
  /** 1-based line in the story file, when the problem is on one line */
  line: number | null
  reason: string
}

interface FieldErrors {
  errors?: { path?: string; message?: string }[]
}

/** One line a reporter can act on: the parser's line and message, or Payload's field errors spelled out. */
export const describeFailure = (error: unknown): Failure => {
  if (error instanceof StoryParseError) return { line: error.line, reason: error.message }
  if (!(error instanceof Error)) return { line: null, reason: String(error) }
  const fields = (error as Error & { data?: FieldErrors }).data?.errors ?? []
  const details = fields.map((field) => `${field.path ?? '?'}: ${field.message ?? 'invalid'}`).join('; ')
  return { line: null, reason: details ? `${error.message} (${details})` : error.message }
}

/** The same reason for the admin: the importer's own in both languages, anything else as it came. */
export const failureLabel = (error: unknown, failure: Failure = describeFailure(error)): Label =>
  error instanceof StoryParseError ? error.reason : { zh: failure.reason, en: failure.reason }
