import { describe, expect, it } from 'vitest'
import { cqiTable1 } from './cqiTables.js'
import {
  cqiFromSinr, cqiFromSinrGap, cqiFromSinrThresholds, cqiThresholdsTable1Db, defaultCqiMapping, gapCqiMapping, gapModelThresholdsDb, snrGapFromBer,
} from './sinrToCqi.js'

describe('mapping (a): the threshold table (docs/radio-models.md §5.2a)', () => {
  it('pins the copy −6.7 … 22.7 dB', () => {
    expect(cqiThresholdsTable1Db).toEqual([-6.7, -4.7, -2.3, 0.2, 2.4, 4.3, 5.9, 8.1, 10.3, 11.7, 14.1, 16.3, 18.7, 21.0, 22.7])
  })

  it('gives CQI 8 (1.9141 b/RE) at 8.23 dB, the §4.5 example, and CQI 13 at 20 dB (§5.6)', () => {
    expect(cqiFromSinr(8.23)).toBe(8)
    expect(cqiTable1[cqiFromSinr(8.23)]?.efficiencyBitsPerRe).toBe(1.9141)
    expect(cqiFromSinr(20)).toBe(13)
  })

  it('reaches each CQI exactly at its threshold and is 0 below the first', () => {
    expect(cqiFromSinrThresholds(-6.71)).toBe(0)
    cqiThresholdsTable1Db.forEach((thresholdDb, i) => {
      expect(cqiFromSinrThresholds(thresholdDb)).toBe(i + 1)
      expect(cqiFromSinrThresholds(thresholdDb - 0.01)).toBe(i)
    })
    expect(cqiFromSinrThresholds(40)).toBe(15)
  })

  it('never falls as SINR rises', () => {
    let previous = 0
    for (let sinrDb = -20; sinrDb <= 40; sinrDb += 0.05) {
      const cqi = cqiFromSinr(sinrDb)
      expect(cqi).toBeGreaterThanOrEqual(previous)
      previous = cqi
    }
  })

  it('shifts with the calibration offset: +2 dB maps 6.23 dB like 8.23 dB', () => {
    expect(cqiFromSinr(6.23, { ...defaultCqiMapping, offsetDb: 2 })).toBe(8)
    expect(cqiFromSinr(8.23, { ...defaultCqiMapping, offsetDb: -3 })).toBe(6)
  })

  it('rejects a threshold list that is not 15 non-decreasing values', () => {
    expect(() => cqiFromSinrThresholds(0, [1, 2, 3])).toThrow('thresholdsDb must list 15 SINR thresholds (CQI 1…15), not 3')
    const swapped = [...cqiThresholdsTable1Db]
    ;[swapped[3], swapped[4]] = [swapped[4] as number, swapped[3] as number]
    expect(() => cqiFromSinrThresholds(0, swapped)).toThrow('thresholdsDb must be non-decreasing; CQI 5 (0.2 dB) is below CQI 4 (2.4 dB)')
  })
})

describe('mapping (b): the ns-3 gap model (docs/radio-models.md §5.2b)', () => {
  it('has Γ = 5.53 (7.43 dB) at BER 5e-5 (tolerance 0.005 / 0.005 dB)', () => {
    expect(snrGapFromBer(5e-5)).toBeCloseTo(5.53, 2)
    expect(10 * Math.log10(snrGapFromBer(5e-5))).toBeCloseTo(7.43, 2)
  })

  it('implies the listed thresholds for table1 (tolerance 0.01 dB)', () => {
    const expected = [-2.11, -0.11, 2.18, 4.57, 6.65, 8.43, 9.94, 11.85, 13.76, 14.94, 16.97, 18.87, 20.85, 22.7, 24.05]
    gapModelThresholdsDb('table1').forEach((thresholdDb, i) => expect(Math.abs(thresholdDb - (expected[i] as number))).toBeLessThanOrEqual(0.01))
  })

  it('implies 24.05, 26.11, 28.20, 29.70 dB for CQI 12–15 of table2 (tolerance 0.01 dB)', () => {
    const expected = [24.05, 26.11, 28.2, 29.7]
    gapModelThresholdsDb('table2').slice(11).forEach((thresholdDb, i) => expect(Math.abs(thresholdDb - (expected[i] as number))).toBeLessThanOrEqual(0.01))
  })

  it('gives CQI 5 (0.877 b/RE) at 8.23 dB where mapping (a) gives CQI 8', () => {
    expect(cqiFromSinr(8.23, gapCqiMapping('table1'))).toBe(5)
    expect(cqiTable1[5]?.efficiencyBitsPerRe).toBe(0.877)
  })

  it('switches CQI at its implied thresholds (±0.001 dB)', () => {
    const mapping = gapCqiMapping('table2')
    gapModelThresholdsDb('table2').forEach((thresholdDb, i) => {
      expect(cqiFromSinrGap(thresholdDb + 0.001, mapping)).toBe(i + 1)
      expect(cqiFromSinrGap(thresholdDb - 0.001, mapping)).toBe(i)
    })
  })

  it('shifts with the calibration offset', () => {
    expect(cqiFromSinr(8.23 - 3, gapCqiMapping('table1', { offsetDb: 3 }))).toBe(5)
  })

  it('rejects a BER outside the model', () => {
    expect(() => snrGapFromBer(0.3)).toThrow('ber must be within 0…0.2')
    expect(() => snrGapFromBer(0)).toThrow('ber must be within 0…0.2')
  })
})
