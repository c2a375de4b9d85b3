import type { ImageSize } from 'payload'

const widths = { thumbnail: 400, card: 800, feature: 1600 } as const

/** Every rendition exists as JPEG (for any client) and as WebP (smaller, for browsers that take it). */
export const imageSizes: ImageSize[] = Object.entries(widths).flatMap(([name, width]) => [
  { name, width, formatOptions: { format: 'jpeg', options: { quality: 82, mozjpeg: true } } },
  { name: `${name}Webp`, width, formatOptions: { format: 'webp', options: { quality: 80 } } },
])
