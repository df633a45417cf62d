import { describe, expect, it } from 'vitest'
import { rmaBreakpointDistanceM } from './breakpointDistance.js'
import { rmaDefaultBuildingHeightM, rmaDefaultStreetWidthM, rmaLosPathLossDb, rmaNlosPathLossDb } from './rmaPathLoss.js'

// ns-3 test vectors: fc 5 GHz, hBS 35 m, hUT 1.5 m, h 5 m, W 20 m, c = 3e8 (docs/radio-models.md §1.7); 0.01 dB.
const golden = [
  { distance2dM: 10, losDb: 77.3784, nlosDb: 77.3784 },
  { distance2dM: 100, losDb: 87.2965, nlosDb: 95.7718 },
  { distance2dM: 1000, losDb: 108.5577, nlosDb: 133.5223 },
  { distance2dM: 5000, losDb: undefined, nlosDb: 160.5169 },
  { distance2dM: 10000, losDb: 140.3896, nlosDb: undefined },
]

const link = (distance2dM: number, utHeightM = 1.5) => ({
  fcGhz: 5, distance2dM, bsHeightM: 35, utHeightM, buildingHeightM: rmaDefaultBuildingHeightM, streetWidthM: rmaDefaultStreetWidthM,
})

describe('TR 38.901 RMa path loss (Table 7.4.1-1)', () => {
  it('defaults to h = 5 m and W = 20 m', () => {
    expect(rmaDefaultBuildingHeightM).toBe(5)
    expect(rmaDefaultStreetWidthM).toBe(20)
  })

  for (const { distance2dM, losDb, nlosDb } of golden) {
    it(`matches the ns-3 vectors at ${distance2dM} m within 0.01 dB`, () => {
      if (losDb !== undefined) expect(Math.abs(rmaLosPathLossDb(link(distance2dM)) - losDb)).toBeLessThan(0.01)
      if (nlosDb !== undefined) expect(Math.abs(rmaNlosPathLossDb(link(distance2dM)) - nlosDb)).toBeLessThan(0.01)
    })
  }

  it('matches the MathWorks nrPathLoss RMa LOS example, 110.1615 dB, within 0.01 dB', () => {
    // h 7 m, W 25 m, 3.5 GHz, BS (0, 0, 30), UE (1000, 1000, 1.5).
    const pathLossDb = rmaLosPathLossDb({ fcGhz: 3.5, distance2dM: Math.hypot(1000, 1000), bsHeightM: 30, utHeightM: 1.5, buildingHeightM: 7 })
    expect(Math.abs(pathLossDb - 110.1615)).toBeLessThan(0.01)
  })

  it('adds 40·log10(d3D/dBP) to PL1(dBP) beyond the breakpoint (40 dB per decade, within 0.01 dB)', () => {
    const breakpointM = rmaBreakpointDistanceM(35, 1.5, 5)
    expect(breakpointM).toBeLessThan(6000)
    expect(Math.abs(rmaLosPathLossDb(link(60_000)) - rmaLosPathLossDb(link(6000)) - 40)).toBeLessThan(0.01)
  })

  it('grows with distance, LOS to 10 km and NLOS to 5 km', () => {
    for (let distance2dM = 10; distance2dM * 1.05 <= 10_000; distance2dM *= 1.05) {
      expect(rmaLosPathLossDb(link(distance2dM * 1.05))).toBeGreaterThan(rmaLosPathLossDb(link(distance2dM)))
      if (distance2dM * 1.05 <= 5000) expect(rmaNlosPathLossDb(link(distance2dM * 1.05))).toBeGreaterThan(rmaNlosPathLossDb(link(distance2dM)))
    }
  })

  it('never lets NLOS be lower than LOS (NLOS = max(LOS, NLOS′))', () => {
    for (const utHeightM of [1, 1.5, 10]) {
      for (let distance2dM = 10; distance2dM <= 5000; distance2dM *= 1.1) {
        expect(rmaNlosPathLossDb(link(distance2dM, utHeightM))).toBeGreaterThanOrEqual(rmaLosPathLossDb(link(distance2dM, utHeightM)))
      }
    }
  })
})
