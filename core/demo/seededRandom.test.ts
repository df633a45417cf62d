import { describe, expect, it } from 'vitest'
import { createSeededRandom } from './seededRandom.js'

const draw = (seed: number, stream = 0, count = 5): number[] => {
  const random = createSeededRandom(seed, stream)
  return Array.from({ length: count }, () => random.next())
}

describe('createSeededRandom', () => {
  it('gives the same sequence for the same seed and stream', () => {
    expect(draw(20261130)).toEqual(draw(20261130))
  })

  it('gives unrelated sequences for neighbouring seeds and for other streams', () => {
    expect(draw(1)).not.toEqual(draw(2))
    expect(draw(1, 0)).not.toEqual(draw(1, 1))
  })

  it('tells seeds apart beyond 32 bits and accepts negative seeds', () => {
    expect(draw(5)).not.toEqual(draw(5 + 2 ** 32))
    expect(draw(-5)).toEqual(draw(-5))
  })

  it('draws uniforms in [0, 1) with mean 1/2 and normals with mean 0 and variance 1', () => {
    const random = createSeededRandom(7)
    const n = 20_000
    let sum = 0
    let normalSum = 0
    let normalSquares = 0
    let outside = 0
    for (let i = 0; i < n; i++) {
      const u = random.next()
      if (u < 0 || u >= 1) outside++
      sum += u
      const z = random.normal()
      normalSum += z
      normalSquares += z * z
    }
    expect(outside).toBe(0)
    expect(sum / n).toBeCloseTo(0.5, 2)
    expect(normalSum / n).toBeCloseTo(0, 1)
    expect(normalSquares / n).toBeCloseTo(1, 1)
  })

  it('draws whole numbers in an inclusive range', () => {
    const random = createSeededRandom(3)
    const seen = new Set<number>()
    for (let i = 0; i < 1000; i++) seen.add(random.integer(2, 5))
    expect([...seen].sort()).toEqual([2, 3, 4, 5])
  })

  it('refuses a seed that is not a safe integer, naming it', () => {
    expect(() => createSeededRandom(1.5)).toThrow(/seed/)
    expect(() => createSeededRandom(Number.NaN)).toThrow(/seed/)
  })
})
