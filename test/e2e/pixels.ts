import { PNG } from 'pngjs'

export interface Region {
  x: number
  y: number
  width: number
  height: number
}

const pixelAt = (png: PNG, x: number, y: number): [number, number, number] => {
  const i = (png.width * y + x) * 4
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0]
}

/** Share of pixels in a region that differ (any channel by more than `tolerance`) between two screenshots. */
export function changedPixels(a: Buffer, b: Buffer, region: Region, tolerance = 24): number {
  const pa = PNG.sync.read(a)
  const pb = PNG.sync.read(b)
  let changed = 0
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const [r1, g1, b1] = pixelAt(pa, x, y)
      const [r2, g2, b2] = pixelAt(pb, x, y)
      if (Math.abs(r1 - r2) > tolerance || Math.abs(g1 - g2) > tolerance || Math.abs(b1 - b2) > tolerance) changed++
    }
  }
  return changed
}

/** How many distinct colours (quantised to 5 bits a channel) a region shows: a blank canvas shows one or two. */
export function distinctColours(image: Buffer, region: Region): number {
  const png = PNG.sync.read(image)
  const seen = new Set<number>()
  for (let y = region.y; y < region.y + region.height; y += 2) {
    for (let x = region.x; x < region.x + region.width; x += 2) {
      const [r, g, b] = pixelAt(png, x, y)
      seen.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3))
    }
  }
  return seen.size
}
