// XML 1.0 forbids most control characters; dropping them keeps HTML, feeds and JSON-in-HTML well-formed.
// eslint-disable-next-line no-control-regex
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g

export const stripControl = (text: string): string => text.replace(invalidXmlChars, '')

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values alike. */
export const escapeHtml = (text: string): string => stripControl(text).replace(/[&<>"']/g, (char) => entities[char])
