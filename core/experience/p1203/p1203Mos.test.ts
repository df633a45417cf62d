import { describe, expect, it } from 'vitest'
import { mosFromQuality, qualityFromMos } from './p1203Mos.js'

describe('P.1203 MOS ↔ Q mapping', () => {
  it('maps Q = 0 and 100 to the limits 1.05 and 4.9, and Q = 50 to 1.05 + 1.925 − 0.0175 (±1e-12)', () => {
    expect(mosFromQuality(0)).toBeCloseTo(1.05, 12)
    expect(mosFromQuality(100)).toBeCloseTo(4.9, 12)
    expect(mosFromQuality(150)).toBeCloseTo(4.9, 12)
    expect(Math.abs(mosFromQuality(50) - (1.05 + 1.925 + 50 * -10 * 50 * 7e-6))).toBeLessThan(1e-12)
  })

  it('inverts: qualityFromMos(mosFromQuality(Q)) = Q for Q in 5…100 (±1e-6)', () => {
    for (let q = 5; q <= 100; q += 5) expect(Math.abs(qualityFromMos(mosFromQuality(q)) - q)).toBeLessThan(1e-6)
  })
})
