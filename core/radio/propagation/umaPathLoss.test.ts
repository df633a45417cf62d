import { describe, expect, it } from 'vitest'
import { umaBreakpointDistanceM } from './breakpointDistance.js'
import { umaLosPathLossDb, umaNlosPathLossDb, umaOptionalNlosPathLossDb } from './umaPathLoss.js'

// ns-3 three-gpp-propagation-loss-model test vectors: fc 5 GHz, hBS 25 m, hUT 1.5 m, c = 3e8
// (docs/radio-models.md §1.7). Tolerance 0.01 dB, which also covers the choice of c.
const golden = [
  { distance2dM: 10, losDb: 72.938, nlosDb: 82.5131 },
  { distance2dM: 100, losDb: 86.2362, nlosDb: 106.1356 },
  { distance2dM: 1000, losDb: 109.7252, nlosDb: 144.7641 },
  { distance2dM: 5000, losDb: 137.6794, nlosDb: 172.0753 },
]

const link = (distance2dM: number, utHeightM = 1.5) => ({ fcGhz: 5, distance2dM, bsHeightM: 25, utHeightM })
const sweepM = Array.from({ length: 200 }, (_, i) => 10 * 1.033 ** i).filter((d) => d <= 5000)

describe('TR 38.901 UMa path loss (Table 7.4.1-1)', () => {
  for (const { distance2dM, losDb, nlosDb } of golden) {
    it(`matches the ns-3 vectors at ${distance2dM} m within 0.01 dB`, () => {
      expect(Math.abs(umaLosPathLossDb(link(distance2dM)) - losDb)).toBeLessThan(0.01)
      expect(Math.abs(umaNlosPathLossDb(link(distance2dM)) - nlosDb)).toBeLessThan(0.01)
    })
  }

  it("joins PL1 and PL2 at d'BP (within 1e-9 dB)", () => {
    const breakpointM = umaBreakpointDistanceM(25, 1.5, 5)
    expect(umaLosPathLossDb(link(breakpointM * (1 + 1e-12)))).toBeCloseTo(umaLosPathLossDb(link(breakpointM)), 9)
  })

  it('grows with distance, LOS and NLOS, for ground and 20 m UTs', () => {
    for (const utHeightM of [1.5, 20]) {
      for (let i = 1; i < sweepM.length; i++) {
        expect(umaLosPathLossDb(link(sweepM[i] as number, utHeightM))).toBeGreaterThan(umaLosPathLossDb(link(sweepM[i - 1] as number, utHeightM)))
        expect(umaNlosPathLossDb(link(sweepM[i] as number, utHeightM))).toBeGreaterThan(umaNlosPathLossDb(link(sweepM[i - 1] as number, utHeightM)))
      }
    }
  })

  it('never lets NLOS be lower than LOS (NLOS = max(LOS, NLOS′))', () => {
    for (const utHeightM of [1.5, 10, 22.5]) {
      for (const distance2dM of sweepM) expect(umaNlosPathLossDb(link(distance2dM, utHeightM))).toBeGreaterThanOrEqual(umaLosPathLossDb(link(distance2dM, utHeightM)))
    }
  })

  it('gives the optional NLOS model 32.4 + 20·log10(fc) + 30·log10(d3D) (exact at fc 1 GHz, d3D 100 m)', () => {
    expect(umaOptionalNlosPathLossDb({ fcGhz: 1, distance2dM: 100, bsHeightM: 1.5, utHeightM: 1.5 })).toBeCloseTo(92.4, 9)
  })
})
