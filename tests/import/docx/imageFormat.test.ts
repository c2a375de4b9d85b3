import { describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { imageFormat } from '../../../src/import/docx/imageFormat'

describe('photos in a Word file are told by their bytes', () => {
  it.each(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)('%s is a photo media takes', async (format) => {
    const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } })
      .toFormat(format)
      .toBuffer()
    expect(imageFormat(bytes)).toBe(format)
  })

  it.each([
    ['an EMF drawing', Buffer.from([0x01, 0x00, 0x00, 0x00, 0x6c, 0x00, 0x00, 0x00, 0x20, 0x45, 0x4d, 0x46])],
    ['an SVG named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a TIFF', Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00])],
    ['nothing', Buffer.alloc(0)],
  ])('%s is not', (_label, bytes) => {
    expect(imageFormat(bytes)).toBeNull()
  })
})
