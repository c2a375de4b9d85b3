import sharp from 'sharp'

/** A 1800×1200 JPEG stand-in for a news photo: large enough that every rendition (up to 1600 w) is produced. */
export const placeholderJpeg = async (index: number): Promise<Buffer> => {
  const hue = (index * 47) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1200">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},55%,25%)"/>
    </linearGradient></defs>
    <rect width="1800" height="1200" fill="url(#g)"/>
    <circle cx="${300 + index * 90}" cy="600" r="220" fill="rgba(255,255,255,0.25)"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
