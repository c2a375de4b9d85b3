import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'

export interface RecordedMail {
  to: string[]
  subject: string
  text: string
}

/** Messages that the recording transport "sent" (newest last, at most 500): what tests and the dev console read. */
export const outbox: RecordedMail[] = []

const addresses = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((entry) =>
    typeof entry === 'object' && entry && 'address' in entry ? String(entry.address) : String(entry),
  )

/** A nodemailer transport that keeps messages in memory and sends nothing. */
const recordingTransport = {
  name: 'outbox',
  version: '1.0.0',
  send(
    mail: { data: { to?: unknown; subject?: unknown; text?: unknown } },
    done: (error: Error | null, info: SMTPTransport.SentMessageInfo) => void,
  ) {
    outbox.push({
      to: addresses(mail.data.to),
      subject: String(mail.data.subject ?? ''),
      text: String(mail.data.text ?? ''),
    })
    if (outbox.length > 500) outbox.shift()
    done(null, {
      envelope: { from: false, to: addresses(mail.data.to) },
      messageId: `<outbox-${outbox.length}@newsroom.local>`,
    } as unknown as SMTPTransport.SentMessageInfo)
  },
}

/**
 * SMTP when `SMTP_HOST` is set; otherwise the recording transport, so development and tests never reach a mail
 * server (and Payload never falls back to its online test inbox).
 */
export const emailAdapter = () =>
  nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM || 'newsroom@newsroom.local',
    defaultFromName: process.env.EMAIL_FROM_NAME || '新闻编辑系统',
    skipVerify: !process.env.SMTP_HOST,
    transport: process.env.SMTP_HOST
      ? nodemailer.createTransport({
          host: process.env.SMTP_HOST,
          port: Number(process.env.SMTP_PORT ?? 587),
          secure: process.env.SMTP_SECURE === 'true',
          auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        })
      : nodemailer.createTransport(recordingTransport as never),
  })
