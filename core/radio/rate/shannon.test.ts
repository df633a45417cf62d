import { describe, expect, it } from 'vitest'
import { checkShannonParameters, lteDownlinkShannon, lteUplinkShannon, shannonSaturationSinrDb, truncatedShannonEfficiency } from './shannon.js'

describe('truncatedShannonEfficiency (TR 36.942 Annex A form, docs/radio-models.md §5.3)', () => {
  it('gives 0.600 / 2.076 / 3.995 b/s/Hz at 0 / 10 / 20 dB with the DL values (tolerance 5e-4)', () => {
    expect(truncatedShannonEfficiency(0, lteDownlinkShannon)).toBeCloseTo(0.6, 3)
    expect(truncatedShannonEfficiency(10, lteDownlinkShannon)).toBeCloseTo(2.076, 3)
    expect(truncatedShannonEfficiency(20, lteDownlinkShannon)).toBeCloseTo(3.995, 3)
  })

  it('is 0 below SINR_min and SE_max above SINR_max', () => {
    expect(truncatedShannonEfficiency(-10.01, lteDownlinkShannon)).toBe(0)
    expect(truncatedShannonEfficiency(-10, lteDownlinkShannon)).toBeGreaterThan(0)
    expect(truncatedShannonEfficiency(30, lteDownlinkShannon)).toBe(4.4)
    expect(truncatedShannonEfficiency(30, lteUplinkShannon)).toBe(2.0)
  })

  it('never falls as SINR rises', () => {
    let previous = 0
    for (let sinrDb = -15; sinrDb <= 35; sinrDb += 0.1) {
      const efficiency = truncatedShannonEfficiency(sinrDb, lteUplinkShannon)
      expect(efficiency).toBeGreaterThanOrEqual(previous)
      previous = efficiency
    }
  })

  it('exports the recalled (UNVERIFIED) LTE parameter values', () => {
    expect(lteDownlinkShannon).toEqual({ alpha: 0.6, sinrMinDb: -10, maxEfficiency: 4.4 })
    expect(lteUplinkShannon).toEqual({ alpha: 0.4, sinrMinDb: -10, maxEfficiency: 2.0 })
  })
})

describe('shannonSaturationSinrDb', () => {
  it('is ≈ 22.0 dB for DL and ≈ 14.9 dB for UL (tolerance 0.05 dB)', () => {
    expect(shannonSaturationSinrDb(lteDownlinkShannon)).toBeCloseTo(22.0, 1)
    expect(shannonSaturationSinrDb(lteUplinkShannon)).toBeCloseTo(14.9, 1)
  })

  it('is where the bound reaches SE_max (tolerance 1e-9)', () => {
    const sinrMaxDb = shannonSaturationSinrDb(lteDownlinkShannon)
    expect(Math.abs(lteDownlinkShannon.alpha * Math.log2(1 + 10 ** (sinrMaxDb / 10)) - 4.4)).toBeLessThan(1e-9)
  })
})

describe('checkShannonParameters', () => {
  it('rejects α outside (0, 1] and a non-positive SE_max', () => {
    expect(() => checkShannonParameters({ alpha: 1.2, sinrMinDb: -10, maxEfficiency: 4 })).toThrow('alpha must be within 0…1')
    expect(() => checkShannonParameters({ alpha: 0.6, sinrMinDb: -10, maxEfficiency: 0 })).toThrow('maxEfficiency must be positive')
  })
})
