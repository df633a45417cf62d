import { describe, expect, it } from 'vitest'
import { servingShadowing, shadowFadingMargin } from './translateCoverage.js'

describe('serving-link shadowing at the UE height', () => {
  it('UMa-AV LOS at 120 m: 4.64·e^(−0.0066·120) = 2.102 dB (TR 36.777 Table B-3; §7 step 10: ≈ 2.1 dB, abs 1e-3)', () => {
    const shadowing = servingShadowing('uma', 120)
    expect(shadowing.sigmaDb).toBeCloseTo(2.1016, 3)
    expect(shadowing).toMatchObject({ aerial: true, los: true, clause: 'TR 36.777 Table B-3, UMA-AV LOS' })
  })

  it('takes the other aerial models: RMa-AV 4.2·e^(−0.0046·50) = 3.337, UMi-AV max(5·e^(−0.5), 2) = 3.033 dB (abs 1e-3)', () => {
    expect(servingShadowing('rma', 50).sigmaDb).toBeCloseTo(3.3371, 3)
    expect(servingShadowing('umi', 50).sigmaDb).toBeCloseTo(3.0327, 3)
    expect(servingShadowing('umi', 300).sigmaDb).toBe(2)
  })

  it('uses NLOS on the ground by default (UMa 6 dB, UMi 7.82, RMa 8) and the aerial NLOS σ when asked', () => {
    expect(servingShadowing('uma', 1.5)).toMatchObject({ sigmaDb: 6, aerial: false, los: false })
    expect(servingShadowing('umi', 1.5).sigmaDb).toBe(7.82)
    expect(servingShadowing('rma', 1.5).sigmaDb).toBe(8)
    expect(servingShadowing('uma', 1.5, true).sigmaDb).toBe(4)
    expect(servingShadowing('uma', 120, false).sigmaDb).toBe(6)
  })
})

describe('shadow-fading margin Φ⁻¹(p)·σ (§6, §7 step 10)', () => {
  it('is 2.326σ at 99 %: 4.889 dB at 120 m (§7: ≈ 4.9 dB, abs 1e-3)', () => {
    const margin = shadowFadingMargin(99, servingShadowing('uma', 120), 120)
    expect(margin.quantile).toBeCloseTo(2.3263, 4)
    expect(margin.marginDb).toBeCloseTo(4.889, 3)
  })

  it('is 3.090σ at 99.9 % and 1.645σ at 95 % (abs 1e-3)', () => {
    const sixDb = servingShadowing('uma', 1.5)
    expect(shadowFadingMargin(99.9, sixDb, 1.5).marginDb).toBeCloseTo(18.541, 3)
    expect(shadowFadingMargin(95, sixDb, 1.5).marginDb).toBeCloseTo(9.869, 3)
  })
})
