/** Comma-separated allow-lists from the environment (CORS and CSRF origins). */
export const originList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)

export const serverURL = (): string => process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`

export const maxUploadBytes = (): number => {
  const megabytes = Number(process.env.MAX_UPLOAD_MB ?? 20)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 20) * 1024 * 1024
}

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'
