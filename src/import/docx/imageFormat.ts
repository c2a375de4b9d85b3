/** The photo formats the media collection takes (its imageMimeTypes), told apart by their first bytes. */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif'

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to))

/**
 * What an embedded image is, by its bytes rather than the name or type the document gives it; null for what media
 * refuses (EMF/WMF drawings, TIFF, BMP, SVG).
 */
export const imageFormat = (bytes: Uint8Array): ImageFormat | null => {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') return 'png'
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/u.test(ascii(bytes, 8, 12))) return 'avif'
  return null
}

export const mimeTypeOf = (format: ImageFormat): string => `image/${format}`
