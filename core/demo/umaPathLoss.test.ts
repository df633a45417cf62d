import { describe, expect, it } from 'vitest'
import { umaBreakpointDistanceM, umaLosPathLossDb, umaLosProbability, umaNlosPathLossDb } from './umaPathLoss.js'

// ns-3 three-gpp-propagation-loss-model test vectors: fc 5 GHz, hBS 25 m, hUT 1.5 m, c = 3e8
// (docs/radio-models.md §1.7). Tolerance 0.01 dB covers the choice of c.
const goldenUma = [
  { distance2dM: 10, losDb: 72.938, nlosDb: 82.5131 },
  { distance2dM: 100, losDb: 86.2362, nlosDb: 106.1356 },
  { distance2dM: 1000, losDb: 109.7252, nlosDb: 144.7641 },
  { distance2dM: 5000, losDb: 137.6794, nlosDb: 172.0753 },
]

describe('TR 38.901 UMa path loss (Table 7.4.1-1)', () => {
  for (const { distance2dM, losDb, nlosDb } of goldenUma) {
    it(`matches the ns-3 vectors at ${distance2dM} m within 0.01 dB`, () => {
      const link = { distance2dM, bsHeightM: 25, ueHeightM: 1.5, fcGhz: 5 }
      expect(Math.abs(umaLosPathLossDb(link) - losDb)).toBeLessThan(0.01)
      expect(Math.abs(umaNlosPathLossDb(link) - nlosDb)).toBeLessThan(0.01)
    })
  }

  it('puts the breakpoint at 560 m for 3.5 GHz, hBS 25 m, hUT 1.5 m', () => {
    expect(umaBreakpointDistanceM(25, 1.5, 3.5)).toBeCloseTo(560, 6)
  })

  it('never lets NLOS be lower than LOS', () => {
    for (const distance2dM of [10, 30, 100, 300, 1000, 3000]) {
      const link = { distance2dM, bsHeightM: 35, ueHeightM: 1.5, fcGhz: 3.45 }
      expect(umaNlosPathLossDb(link)).toBeGreaterThanOrEqual(umaLosPathLossDb(link))
    }
  })
})

describe('TR 38.901 UMa LOS probability (Table 7.4.2-1)', () => {
  it('is 1 up to 18 m', () => {
    expect(umaLosProbability(18, 1.5)).toBe(1)
  })

  it('matches the check values of docs/radio-models.md §1.3 to 1e-4', () => {
    expect(umaLosProbability(100, 1.5)).toBeCloseTo(0.3477, 4)
    expect(umaLosProbability(100, 20)).toBeCloseTo(0.4783, 4)
    expect(umaLosProbability(500, 1.5)).toBeCloseTo(0.0363, 4)
    expect(umaLosProbability(500, 20)).toBeCloseTo(0.155, 4)
  })
})
