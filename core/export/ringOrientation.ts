/**
 * A closed ring [lon, lat][] turned counter-clockwise, as RFC 7946 §3.1.6 asks of exterior rings
 * (the right-hand rule); the sign of the shoelace sum tells the orientation.
 */
export function counterClockwise(ring: readonly (readonly number[])[]): number[][] {
  let twiceArea = 0
  for (let i = 1; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i - 1] as readonly number[]
    const [x2 = 0, y2 = 0] = ring[i] as readonly number[]
    twiceArea += x1 * y2 - x2 * y1
  }
  const copy = ring.map((p) => [...p])
  return twiceArea < 0 ? copy.reverse() : copy
}
