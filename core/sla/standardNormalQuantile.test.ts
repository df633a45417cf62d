import { describe, expect, it } from 'vitest'
import { standardNormalCdf } from '../radio/link/coverageProbability.js'
import { standardNormalQuantile } from './standardNormalQuantile.js'

describe('standard normal quantile Φ⁻¹', () => {
  it('gives the textbook quantiles (abs 1e-6): 0.5 → 0, 0.95 → 1.644854, 0.99 → 2.326348, 0.999 → 3.090232', () => {
    expect(standardNormalQuantile(0.5)).toBeCloseTo(0, 9)
    expect(standardNormalQuantile(0.95)).toBeCloseTo(1.644854, 6)
    expect(standardNormalQuantile(0.99)).toBeCloseTo(2.326348, 6)
    expect(standardNormalQuantile(0.999)).toBeCloseTo(3.090232, 6)
    expect(standardNormalQuantile(0.001)).toBeCloseTo(-3.090232, 6)
    expect(standardNormalQuantile(1e-6)).toBeCloseTo(-4.753424, 5)
  })

  it('inverts Φ (coverageProbability.ts, |error| < 1.5e-7) across the range', () => {
    for (let p = 0.0005; p < 1; p += 0.0137) expect(Math.abs(standardNormalCdf(standardNormalQuantile(p)) - p)).toBeLessThan(3e-7)
  })

  it('refuses probabilities outside (0, 1), naming p', () => {
    expect(() => standardNormalQuantile(1)).toThrow('p must be a probability within 0…1 (exclusive)')
    expect(() => standardNormalQuantile(0)).toThrow(/not 0$/)
  })
})
