import { describe, expect, it } from 'vitest'
import type { PropagationLink } from './propagationLink.js'
import { propagationModels, type PropagationModel } from './propagationModels.js'

const quantities = (model: PropagationModel, link: PropagationLink) => [
  model.losPathLossDb(link), model.nlosPathLossDb(link), model.losProbability(link), model.shadowFadingLosDb(link), model.shadowFadingNlosDb(link),
]

const link = (distance2dM: number, utHeightM: number, bsHeightM = 25): PropagationLink => ({
  fcGhz: 2, distance2dM, bsHeightM, utHeightM, buildingHeightM: 5, streetWidthM: 20,
})

describe('propagation models and the TR 36.777 regime switch', () => {
  it('equals the TR 38.901 model unchanged at and below the aerial regime (exact)', () => {
    for (const [aerial, terrestrial, heightsM] of [['uma-av', 'uma', [1.5, 10, 22.5]], ['umi-av', 'umi', [1.5, 22.5]], ['rma-av', 'rma', [1.5, 10]]] as const) {
      for (const utHeightM of heightsM) {
        for (const distance2dM of [10, 100, 1000, 4000]) {
          const l = link(distance2dM, utHeightM, 35)
          expect(quantities(propagationModels[aerial], l)).toEqual(quantities(propagationModels[terrestrial], l))
        }
      }
    }
  })

  it('switches to Tables B-1..B-3 just above it (UMa-AV at 22.6 m: no breakpoint, height-dependent σ)', () => {
    const l = link(2000, 22.6)
    const [losDb, , , sigmaLosDb, sigmaNlosDb] = quantities(propagationModels['uma-av'], l)
    expect(losDb).toBeCloseTo(28 + 22 * Math.log10(Math.hypot(2000, 2.4)) + 20 * Math.log10(2), 9)
    expect(sigmaLosDb).toBeCloseTo(4.64 * Math.exp(-0.0066 * 22.6), 9)
    expect(sigmaNlosDb).toBe(6)
  })

  it('gives RMa LOS σ 4 dB before and 6 dB after dBP, NLOS 8 dB', () => {
    const rma = propagationModels.rma
    expect(rma.shadowFadingLosDb(link(100, 1.5, 35))).toBe(4)
    expect(rma.shadowFadingLosDb(link(4000, 1.5, 35))).toBe(6)
    expect(rma.shadowFadingNlosDb(link(100, 1.5, 35))).toBe(8)
  })
})
