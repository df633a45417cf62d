/** A deterministic stream of pseudo-random numbers: the same seed and stream give the same sequence. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number
  /** Uniform whole number in [min, max], both ends included. */
  integer(min: number, max: number): number
  /** True with probability `probability`. */
  chance(probability: number): boolean
  /** Standard normal N(0, 1) (Box–Muller). */
  normal(): number
}

const twoTo32 = 2 ** 32

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-clean, 128-bit state),
 * seeded through splitmix32 so that nearby seeds give unrelated streams. Integer arithmetic only,
 * so the sequence is identical on every platform. `stream` selects an independent sequence for the
 * same seed: each part of the demo draws from its own stream, so changing one part leaves the others
 * as they were.
 */
export function createSeededRandom(seed: number, stream = 0): SeededRandom {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a safe integer, not ${String(seed)}`)
  if (!Number.isSafeInteger(stream) || stream < 0) throw new Error(`stream must be a non-negative integer, not ${String(stream)}`)
  const low = seed >>> 0
  const high = Math.floor(seed / twoTo32) >>> 0
  let mix = (low ^ Math.imul(high, 0x9e3779b9) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0
  const splitmix32 = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0
    let z = mix
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = splitmix32()
  let b = splitmix32()
  let c = splitmix32()
  let d = 1
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  // The authors' recommended warm-up: mix the seed through the state before use.
  for (let i = 0; i < 12; i++) nextUint32()

  const next = (): number => nextUint32() / twoTo32
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    normal: () => {
      const u1 = 1 - next() // (0, 1]: keeps log finite
      const u2 = next()
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2)
    },
  }
}
