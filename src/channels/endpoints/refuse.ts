import { APIError, type PayloadRequest } from 'payload'

import { bilingualWith, type Label, type NewsroomKey } from '../../i18n'

/** A request the desk's channel endpoints refuse: the client's mistake, logged as such (channelsPlugin). */
export class ChannelRequestError extends APIError<{ message: Label }> {
  constructor(message: string, status: number, data: { message: Label }) {
    super(message, status, data, true)
    this.name = 'ChannelRequestError'
  }
}

/**
 * A refused request: the status, the message in the request's language (Chinese unless it asks for English), and
 * both languages under `data.message`, as the admin's panels read a refusal.
 */
export const refuse = (
  req: PayloadRequest,
  status: number,
  key: NewsroomKey,
  vars: Record<string, unknown | Label> = {},
): ChannelRequestError => {
  const message = bilingualWith(key, vars)
  return new ChannelRequestError(req.i18n?.language === 'en' ? message.en : message.zh, status, { message })
}
