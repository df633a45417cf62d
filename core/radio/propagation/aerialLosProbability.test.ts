import { describe, expect, it } from 'vitest'
import { rmaAvLosProbability, umaAvLosProbability, umiAvLosProbability } from './aerialLosProbability.js'

describe('TR 36.777 aerial LOS probability (Table B-1)', () => {
  it('matches the §3.5 check values to 1e-4', () => {
    expect(umaAvLosProbability(1000, 50)).toBeCloseTo(0.7721, 4)
    expect(umaAvLosProbability(1000, 100)).toBeCloseTo(0.8533, 4)
    expect(umaAvLosProbability(1000, 300)).toBe(1)
    expect(umiAvLosProbability(500, 100)).toBeCloseTo(0.5467, 4)
    expect(rmaAvLosProbability(1000, 30)).toBeCloseTo(0.9087, 4)
    expect(rmaAvLosProbability(3000, 50)).toBe(1)
  })

  it('is 1 above 100 m for UMa-AV and above 40 m for RMa-AV, at any distance', () => {
    expect(umaAvLosProbability(4000, 100.01)).toBe(1)
    expect(umaAvLosProbability(4000, 100)).toBeLessThan(1)
    expect(rmaAvLosProbability(10_000, 40.01)).toBe(1)
    expect(rmaAvLosProbability(10_000, 40)).toBeLessThan(1)
  })

  it('is 1 within d1 for UMi-AV (the clamp av-nist omits)', () => {
    const d1M = 294.05 * Math.log10(300) - 432.94
    expect(umiAvLosProbability(d1M, 300)).toBe(1)
    expect(umiAvLosProbability(10, 300)).toBe(1)
  })

  it('stays within [0, 1] and never increases with distance', () => {
    const curves = [
      ...[23, 50, 100].map((h) => (d: number) => umaAvLosProbability(d, h)),
      ...[23, 100, 300].map((h) => (d: number) => umiAvLosProbability(d, h)),
      ...[11, 25, 40].map((h) => (d: number) => rmaAvLosProbability(d, h)),
    ]
    for (const curve of curves) {
      let previous = 1
      for (let distance2dM = 10; distance2dM <= 10_000; distance2dM *= 1.05) {
        const p = curve(distance2dM)
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(previous)
        previous = p
      }
    }
  })
})
