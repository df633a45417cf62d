import { describe, expect, it } from 'vitest'
import {
  aerialNlosShadowFadingSigmaDb, rmaAvLosShadowFadingSigmaDb, umaAvLosShadowFadingSigmaDb, umiAvLosShadowFadingSigmaDb,
} from './aerialShadowFading.js'

describe('TR 36.777 aerial shadow fading (Table B-3)', () => {
  it('shrinks the LOS σ with height: RMa-AV 4.2·exp(−0.0046 h), UMa-AV 4.64·exp(−0.0066 h) (to 1e-9 dB)', () => {
    expect(rmaAvLosShadowFadingSigmaDb(100)).toBeCloseTo(4.2 * Math.exp(-0.46), 9)
    expect(umaAvLosShadowFadingSigmaDb(100)).toBeCloseTo(4.64 * Math.exp(-0.66), 9)
    expect(rmaAvLosShadowFadingSigmaDb(50)).toBeCloseTo(3.337, 4)
    expect(umaAvLosShadowFadingSigmaDb(50)).toBeCloseTo(3.3358, 4)
  })

  it('floors the UMi-AV LOS σ at 2 dB (5·exp(−0.01 h) reaches 2 at h ≈ 91.6 m)', () => {
    expect(umiAvLosShadowFadingSigmaDb(50)).toBeCloseTo(5 * Math.exp(-0.5), 9)
    expect(umiAvLosShadowFadingSigmaDb(100)).toBe(2)
    expect(umiAvLosShadowFadingSigmaDb(300)).toBe(2)
  })

  it('uses NLOS σ 6 dB for RMa-AV and UMa-AV and 8 dB for UMi-AV', () => {
    expect(aerialNlosShadowFadingSigmaDb).toEqual({ 'rma-av': 6, 'uma-av': 6, 'umi-av': 8 })
  })
})
