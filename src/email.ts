import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

/**
 * SMTP when `SMTP_HOST` is set; otherwise nodemailer's JSON transport, which renders every message and sends nothing,
 * so development and tests never reach a mail server (and Payload never falls back to its online test inbox).
 */
export const emailAdapter = () =>
  nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM ?? 'newsroom@newsroom.local',
    defaultFromName: process.env.EMAIL_FROM_NAME ?? '新闻编辑系统',
    skipVerify: !process.env.SMTP_HOST,
    transport: process.env.SMTP_HOST
      ? nodemailer.createTransport({
          host: process.env.SMTP_HOST,
          port: Number(process.env.SMTP_PORT ?? 587),
          secure: process.env.SMTP_SECURE === 'true',
          auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        })
      : nodemailer.createTransport({ jsonTransport: true }),
  })
