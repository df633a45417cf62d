import { describe, expect, it } from 'vitest'
import { umiBreakpointDistanceM } from './breakpointDistance.js'
import { umiLosPathLossDb, umiNlosPathLossDb, umiOptionalNlosPathLossDb } from './umiPathLoss.js'

// ns-3 test vectors: fc 5 GHz, hBS 10 m, hUT 1.5 m, c = 3e8 (docs/radio-models.md §1.7); 0.01 dB.
const golden = [
  { distance2dM: 10, losDb: 69.8591, nlosDb: 76.7563 },
  { distance2dM: 100, losDb: 88.4122, nlosDb: 107.9432 },
  { distance2dM: 1000, losDb: 119.3114, nlosDb: 143.1886 },
  { distance2dM: 5000, losDb: 147.2696, nlosDb: 167.8617 },
]

const link = (distance2dM: number, utHeightM = 1.5) => ({ fcGhz: 5, distance2dM, bsHeightM: 10, utHeightM })
const sweepM = Array.from({ length: 200 }, (_, i) => 10 * 1.033 ** i).filter((d) => d <= 5000)

describe('TR 38.901 UMi-Street Canyon path loss (Table 7.4.1-1)', () => {
  for (const { distance2dM, losDb, nlosDb } of golden) {
    it(`matches the ns-3 vectors at ${distance2dM} m within 0.01 dB`, () => {
      expect(Math.abs(umiLosPathLossDb(link(distance2dM)) - losDb)).toBeLessThan(0.01)
      expect(Math.abs(umiNlosPathLossDb(link(distance2dM)) - nlosDb)).toBeLessThan(0.01)
    })
  }

  it("uses PL2 beyond d'BP = 300 m at 5 GHz (a 40 dB/decade slope, within 0.01 dB)", () => {
    expect(umiBreakpointDistanceM(10, 1.5, 5)).toBeCloseTo(300, 6)
    const slopeDb = umiLosPathLossDb(link(4000)) - umiLosPathLossDb(link(400))
    expect(Math.abs(slopeDb - 40)).toBeLessThan(0.01)
  })

  it('grows with distance, LOS and NLOS', () => {
    for (const utHeightM of [1.5, 22.5]) {
      for (let i = 1; i < sweepM.length; i++) {
        expect(umiLosPathLossDb(link(sweepM[i] as number, utHeightM))).toBeGreaterThan(umiLosPathLossDb(link(sweepM[i - 1] as number, utHeightM)))
        expect(umiNlosPathLossDb(link(sweepM[i] as number, utHeightM))).toBeGreaterThan(umiNlosPathLossDb(link(sweepM[i - 1] as number, utHeightM)))
      }
    }
  })

  it('never lets NLOS be lower than LOS (NLOS = max(LOS, NLOS′))', () => {
    for (const utHeightM of [1.5, 22.5]) {
      for (const distance2dM of sweepM) expect(umiNlosPathLossDb(link(distance2dM, utHeightM))).toBeGreaterThanOrEqual(umiLosPathLossDb(link(distance2dM, utHeightM)))
    }
  })

  it('gives the optional NLOS model 32.4 + 20·log10(fc) + 31.9·log10(d3D) (exact at fc 1 GHz, d3D 100 m)', () => {
    expect(umiOptionalNlosPathLossDb({ fcGhz: 1, distance2dM: 100, bsHeightM: 1.5, utHeightM: 1.5 })).toBeCloseTo(96.2, 9)
  })
})
