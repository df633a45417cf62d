import type { SeededRandom } from '../../demo/seededRandom.js'

/** Random streams of one seed (createSeededRandom's `stream`): each use draws its own sequence, so changing one leaves the others as they were. */
export const randomStreams = { split: 1, shuffle: 2, permutation: 3 } as const

/** A random order of 0…count−1 from the seeded stream (Fisher–Yates): the same stream state gives the same order. */
export function seededPermutation(count: number, random: SeededRandom): Int32Array {
  const order = new Int32Array(count)
  for (let i = 0; i < count; i++) order[i] = i
  for (let i = count - 1; i > 0; i--) {
    const j = random.integer(0, i)
    const t = order[i]!
    order[i] = order[j]!
    order[j] = t
  }
  return order
}
