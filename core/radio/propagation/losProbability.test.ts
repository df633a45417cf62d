import { describe, expect, it } from 'vitest'
import { rmaLosProbability, umaLosProbability, umiLosProbability } from './losProbability.js'

const sweepM = Array.from({ length: 300 }, (_, i) => 1 + 1.03 ** i).filter((d) => d <= 10_000)

describe('TR 38.901 LOS probability (Table 7.4.2-1)', () => {
  it('is 1 up to 18 m for UMa and UMi and up to 10 m for RMa', () => {
    expect(umaLosProbability(18, 1.5)).toBe(1)
    expect(umaLosProbability(18, 22.5)).toBe(1)
    expect(umiLosProbability(18)).toBe(1)
    expect(rmaLosProbability(10)).toBe(1)
    expect(rmaLosProbability(10.5)).toBeLessThan(1)
  })

  it('matches the check values of docs/radio-models.md §1.3 at 100 m to 1e-4', () => {
    expect(umaLosProbability(100, 1.5)).toBeCloseTo(0.3477, 4)
    expect(umaLosProbability(100, 20)).toBeCloseTo(0.4783, 4)
    expect(umiLosProbability(100)).toBeCloseTo(0.231, 4)
    expect(rmaLosProbability(100)).toBeCloseTo(0.9139, 4)
  })

  it('matches the check values of docs/radio-models.md §1.3 at 500 m to 1e-4', () => {
    expect(umaLosProbability(500, 1.5)).toBeCloseTo(0.0363, 4)
    expect(umaLosProbability(500, 20)).toBeCloseTo(0.155, 4)
    expect(umiLosProbability(500)).toBeCloseTo(0.036, 4)
    expect(rmaLosProbability(500)).toBeCloseTo(0.6126, 4)
  })

  it("caps UMa at 1 where the C'(hUT) factor lifts the product above 1 just beyond 18 m", () => {
    const base = 18 / 18.01 + Math.exp(-18.01 / 63) * (1 - 18 / 18.01)
    const uncapped = base * (1 + 0.95 ** 1.5 * 1.25 * 0.1801 ** 3 * Math.exp(-18.01 / 150))
    expect(uncapped).toBeGreaterThan(1.005)
    expect(umaLosProbability(18.01, 22.5)).toBe(1)
  })

  it("ignores hUT up to 13 m in UMa (C' = 0)", () => {
    expect(umaLosProbability(300, 13)).toBe(umaLosProbability(300, 1.5))
    expect(umaLosProbability(300, 13.5)).toBeGreaterThan(umaLosProbability(300, 1.5))
  })

  it('stays within [0, 1] and never increases with distance', () => {
    const curves: Array<(distance2dM: number) => number> = [
      (d) => umaLosProbability(d, 1.5),
      (d) => umaLosProbability(d, 15),
      (d) => umaLosProbability(d, 22.5),
      umiLosProbability,
      rmaLosProbability,
    ]
    for (const curve of curves) {
      for (let i = 0; i < sweepM.length; i++) {
        const p = curve(sweepM[i] as number)
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(1)
        if (i > 0) expect(p).toBeLessThanOrEqual(curve(sweepM[i - 1] as number))
      }
    }
  })
})
