import { describe, expect, it } from 'vitest'
import { rmaBreakpointDistanceM } from './breakpointDistance.js'
import {
  o2iShadowFadingSigmaDb, rmaLosShadowFadingSigmaDb, rmaShadowFadingSigmaDb, shadowFadingDecorrelationM, umaShadowFadingSigmaDb,
  umiShadowFadingSigmaDb,
} from './shadowFading.js'

describe('TR 38.901 shadow fading (Table 7.4.1-1, Table 7.5-6)', () => {
  it('uses σ 4/6 dB for outdoor UMa and 4/7.82 dB for outdoor UMi (not ns-3’s 7 dB)', () => {
    expect(umaShadowFadingSigmaDb).toEqual({ los: 4, nlos: 6 })
    expect(umiShadowFadingSigmaDb).toEqual({ los: 4, nlos: 7.82 })
    expect(o2iShadowFadingSigmaDb).toEqual({ uma: 7, umi: 7, rma: 8 })
  })

  it('uses σ 4 dB for RMa LOS up to dBP, 6 dB beyond, and 8 dB for NLOS', () => {
    const breakpointM = rmaBreakpointDistanceM(35, 1.5, 3.5)
    const link = (distance2dM: number) => ({ fcGhz: 3.5, distance2dM, bsHeightM: 35, utHeightM: 1.5 })
    expect(rmaLosShadowFadingSigmaDb(link(breakpointM))).toBe(4)
    expect(rmaLosShadowFadingSigmaDb(link(breakpointM + 1))).toBe(6)
    expect(rmaShadowFadingSigmaDb.nlos).toBe(8)
  })

  it('decorrelates over 37/50 m (UMa), 10/13 m (UMi) and 37/120 m (RMa), LOS/NLOS', () => {
    expect(shadowFadingDecorrelationM.uma).toMatchObject({ los: 37, nlos: 50 })
    expect(shadowFadingDecorrelationM.umi).toMatchObject({ los: 10, nlos: 13 })
    expect(shadowFadingDecorrelationM.rma).toMatchObject({ los: 37, nlos: 120 })
  })
})
