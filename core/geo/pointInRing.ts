/**
 * Whether (x, y) lies inside a closed ring of [x, y] vertices (even-odd rule, ray casting; the
 * closing vertex may be repeated or not). Points exactly on an edge may fall either side.
 */
export function pointInRing(x: number, y: number, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number]
    const [xj, yj] = ring[j] as readonly [number, number]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
