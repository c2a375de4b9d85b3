import sharp from 'sharp'

/** A real PNG of the given size (a gradient, so encoders have something to work on). */
export const pngBytes = async (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="orange"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer()

export const jpegBytes = async (width: number, height: number): Promise<Buffer> =>
  sharp(await pngBytes(width, height))
    .jpeg()
    .toBuffer()
