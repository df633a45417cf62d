import { describe, expect, it } from 'vitest'
import {
  freeSpacePathLossDb, rmaAvAerialLosPathLossDb, rmaAvAerialNlosPathLossDb, umaAvAerialLosPathLossDb, umaAvAerialNlosPathLossDb,
  umiAvAerialLosPathLossDb, umiAvAerialNlosPathLossDb,
} from './aerialPathLoss.js'
import type { LinkGeometry } from './propagationLink.js'

// docs/radio-models.md §3.5: fc 3.5 GHz, c = 3e8, BS heights UMa 25 m, UMi 10 m, RMa 35 m; 0.01 dB.
const checks = [
  { name: 'UMa-AV', los: umaAvAerialLosPathLossDb, nlos: umaAvAerialNlosPathLossDb, bsHeightM: 25, utHeightM: 50, distance2dM: 1000, losDb: 104.88, nlosDb: 128.15 },
  { name: 'UMa-AV', los: umaAvAerialLosPathLossDb, nlos: umaAvAerialNlosPathLossDb, bsHeightM: 25, utHeightM: 100, distance2dM: 1000, losDb: 104.91, nlosDb: 121.86 },
  { name: 'UMa-AV', los: umaAvAerialLosPathLossDb, nlos: umaAvAerialNlosPathLossDb, bsHeightM: 25, utHeightM: 300, distance2dM: 1000, losDb: 105.23, nlosDb: 112.26 },
  { name: 'UMi-AV', los: umiAvAerialLosPathLossDb, nlos: umiAvAerialNlosPathLossDb, bsHeightM: 10, utHeightM: 100, distance2dM: 500, losDb: 99.28, nlosDb: 119.05 },
  { name: 'RMa-AV', los: rmaAvAerialLosPathLossDb, nlos: rmaAvAerialNlosPathLossDb, bsHeightM: 35, utHeightM: 30, distance2dM: 1000, losDb: 107.05, nlosDb: 112.84 },
  { name: 'RMa-AV', los: rmaAvAerialLosPathLossDb, nlos: rmaAvAerialNlosPathLossDb, bsHeightM: 35, utHeightM: 50, distance2dM: 3000, losDb: 115.79, nlosDb: 121.71 },
]

const models = [
  { name: 'UMa-AV', los: umaAvAerialLosPathLossDb, nlos: umaAvAerialNlosPathLossDb, bsHeightM: 25, heightsM: [23, 50, 100, 300] },
  { name: 'UMi-AV', los: umiAvAerialLosPathLossDb, nlos: umiAvAerialNlosPathLossDb, bsHeightM: 10, heightsM: [23, 100, 300] },
  { name: 'RMa-AV', los: rmaAvAerialLosPathLossDb, nlos: rmaAvAerialNlosPathLossDb, bsHeightM: 35, heightsM: [11, 40, 300] },
]

describe('TR 36.777 aerial path loss (Table B-2)', () => {
  for (const check of checks) {
    it(`matches §3.5 for ${check.name} at hUT ${check.utHeightM} m, d2D ${check.distance2dM} m within 0.01 dB`, () => {
      const link: LinkGeometry = { fcGhz: 3.5, distance2dM: check.distance2dM, bsHeightM: check.bsHeightM, utHeightM: check.utHeightM }
      expect(Math.abs(check.los(link) - check.losDb)).toBeLessThan(0.01)
      expect(Math.abs(check.nlos(link) - check.nlosDb)).toBeLessThan(0.01)
    })
  }

  it('gives 100.99 dB for RMa-AV LOS at hUT 50 m, d3D 1 km, 2 GHz (the av-other C++ check), within 0.01 dB', () => {
    const pathLossDb = rmaAvAerialLosPathLossDb({ fcGhz: 2, distance2dM: 1000, bsHeightM: 50, utHeightM: 50 })
    expect(Math.abs(pathLossDb - 100.99)).toBeLessThan(0.01)
  })

  it('uses the 40π free-space term: 20·log10(40π·fc/3) + 20·log10(d3D) ≈ 32.44 + 20·log10(fc·d3D)', () => {
    expect(freeSpacePathLossDb({ fcGhz: 1, distance2dM: 1, bsHeightM: 1, utHeightM: 1 })).toBeCloseTo(32.44, 2)
  })

  for (const model of models) {
    it(`${model.name}: grows with distance and keeps NLOS ≥ LOS`, () => {
      for (const utHeightM of model.heightsM) {
        let previous = { los: -Infinity, nlos: -Infinity }
        for (let distance2dM = 10; distance2dM <= 10_000; distance2dM *= 1.1) {
          const link = { fcGhz: 2, distance2dM, bsHeightM: model.bsHeightM, utHeightM }
          const current = { los: model.los(link), nlos: model.nlos(link) }
          expect(current.los).toBeGreaterThanOrEqual(previous.los)
          expect(current.nlos).toBeGreaterThanOrEqual(previous.nlos)
          expect(current.nlos).toBeGreaterThanOrEqual(current.los)
          previous = current
        }
      }
    })
  }

  it('keeps UMi-AV LOS at or above free space', () => {
    for (const utHeightM of [23, 100, 300]) {
      const link = { fcGhz: 3.5, distance2dM: 50, bsHeightM: 10, utHeightM }
      expect(umiAvAerialLosPathLossDb(link)).toBeGreaterThanOrEqual(freeSpacePathLossDb(link))
    }
  })
})
