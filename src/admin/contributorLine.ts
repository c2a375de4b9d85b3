import { bilingual } from '../i18n'

const roles: Record<string, { zh: string; en: string }> = {
  reporter: bilingual('admin:contributorRowLabel:roles:reporter'),
  correspondent: bilingual('admin:contributorRowLabel:roles:correspondent'),
  photographer: bilingual('admin:contributorRowLabel:roles:photographer'),
  editor: bilingual('admin:contributorRowLabel:roles:editor'),
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** A contributor as the newsroom says it: 记者 任晓萌, and the organisation after a dot when there is one. */
export const contributorLine = (row: unknown, language: string): string => {
  const data = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>
  const lang = language === 'en' ? 'en' : 'zh'
  const role = roles[text(data.role)]?.[lang]
  const who = [role, text(data.name)].filter(Boolean).join(' ')
  const organisation = text(data.organisation)
  return organisation && who ? `${who} · ${organisation}` : who
}
