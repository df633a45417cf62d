import { describe, expect, it } from 'vitest'
import { coverageProbability, standardNormalCdf } from './coverageProbability.js'

describe('standardNormalCdf', () => {
  it('matches tabulated values of Φ to 1e-6', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 6)
    expect(standardNormalCdf(1)).toBeCloseTo(0.841345, 6)
    expect(standardNormalCdf(-1.959964)).toBeCloseTo(0.025, 6)
    expect(standardNormalCdf(1.644854)).toBeCloseTo(0.95, 6)
  })
})

describe('coverageProbability', () => {
  it('is one half at the threshold, 95 % with a 1.645 σ margin, and a step without shadowing', () => {
    expect(coverageProbability(-105, -105, 6)).toBeCloseTo(0.5, 6)
    expect(coverageProbability(-105 + 1.644854 * 6, -105, 6)).toBeCloseTo(0.95, 5)
    expect(coverageProbability(-100, -105, 0)).toBe(1)
    expect(coverageProbability(-110, -105, 0)).toBe(0)
  })

  it('grows with the received level and falls with the threshold', () => {
    let previous = 0
    for (let rsrp = -140; rsrp <= -60; rsrp += 5) {
      const p = coverageProbability(rsrp, -105, 8)
      expect(p).toBeGreaterThanOrEqual(previous)
      previous = p
    }
    expect(coverageProbability(-100, -110, 8)).toBeGreaterThan(coverageProbability(-100, -100, 8))
  })
})
