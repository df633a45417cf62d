/** The points of a tile at one UT height, in consecutive slots of the kernel's arrays. */
export interface HeightGroup {
  heightM: number
  /** First slot, a multiple of 4. */
  firstSlot: number
  /** Slots of the group, a multiple of 4: its points, then padding. */
  slots: number
  /** The group's points (indices into the tile), in slot order: points[k] sits in slot firstSlot + k. */
  points: Int32Array
}

/** Where each point of a tile sits in the kernel's arrays. */
export interface TileLayout {
  /** Slots in all, a multiple of 4 (one f32x4 step). */
  slots: number
  /** The slot of each point, or null when point i sits in slot i (every point at one height). */
  slotOfPoint: Int32Array | null
  groups: HeightGroup[]
}

const roundUpTo4 = (count: number): number => Math.ceil(count / 4) * 4

/**
 * Lays a tile's points out by UT height: the kernel's path loss takes one height per call (its
 * height terms are per call), so the points of each height get consecutive slots, each group
 * starting on an f32x4 boundary. A map layer (one height) keeps its order; a drive test or a
 * flight (heights that vary) is grouped, at the cost of padding slots. Groups come in the order of
 * their first point.
 */
export function layOutTile(utHeightM: Float64Array): TileLayout {
  const n = utHeightM.length
  const first = utHeightM[0] as number
  let uniform = true
  for (let i = 1; i < n && uniform; i++) uniform = utHeightM[i] === first
  if (n === 0 || uniform) {
    const slots = roundUpTo4(n)
    return { slots, slotOfPoint: null, groups: n === 0 ? [] : [{ heightM: first, firstSlot: 0, slots, points: Int32Array.from({ length: n }, (_, i) => i) }] }
  }
  // A Map keys NaN heights together (SameValueZero), so NaN points form one group too.
  const byHeight = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    const h = utHeightM[i] as number
    const points = byHeight.get(h)
    if (points === undefined) byHeight.set(h, [i])
    else points.push(i)
  }
  const slotOfPoint = new Int32Array(n)
  const groups: HeightGroup[] = []
  let firstSlot = 0
  for (const [heightM, points] of byHeight) {
    points.forEach((point, k) => (slotOfPoint[point] = firstSlot + k))
    const slots = roundUpTo4(points.length)
    groups.push({ heightM, firstSlot, slots, points: Int32Array.from(points) })
    firstSlot += slots
  }
  return { slots: firstSlot, slotOfPoint, groups }
}
