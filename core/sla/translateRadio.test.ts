import { describe, expect, it } from 'vitest'
import { dbmToMw } from '../radio/link/decibels.js'
import { downlinkSinrDb } from '../radio/link/downlinkSinr.js'
import { noisePerReDbm } from '../radio/link/noise.js'
import { uplinkSinrDb } from '../radio/link/uplinkSinr.js'
import { cqiEfficiencyBitsPerRe } from '../radio/rate/cqiTables.js'
import { cqiFromSinr, defaultCqiMapping, gapCqiMapping } from '../radio/rate/sinrToCqi.js'
import { defaultRadioPlan } from './radioPlan.js'
import { carrierShare, downlinkRsrpForSinr, lowestSinrForEfficiency, peakRateAtShare, planSsbEpreDbm, requiredEfficiencyBitsPerRe, requiredSinr, uplinkRsrpForSinr } from './translateRadio.js'

const droneGfbrMbps = 1.2 * 20.2 * (1440 / 1400)

describe('the planned carrier (n78 100 MHz, 30 kHz, DDDSU 10:2:2)', () => {
  it('offers the UL 273 PRB, OH 0.08, f_UL 16/70 over a 2.5 ms period', () => {
    expect(carrierShare(defaultRadioPlan, 'ul')).toEqual({ direction: 'ul', carrierPrbs: 273, allocatedPrbs: 273, scsKhz: 30, overhead: 0.08, tddFraction: 16 / 70, tddPeriodMs: 2.5, layers: 1 })
  })

  it('rounds a PRB share to whole PRBs: half the carrier → 137 PRB', () => {
    expect(carrierShare({ ...defaultRadioPlan, ulPrbShare: 0.5 }, 'ul').allocatedPrbs).toBe(137)
  })

  it('peaks at 107.1 Mbit/s UL (1 layer 64QAM, DDDSU; radio-models.md §5.6, abs 0.05)', () => {
    expect(peakRateAtShare(defaultRadioPlan, carrierShare(defaultRadioPlan, 'ul')).peakMbps).toBeCloseTo(107.14, 1)
  })

  it('has an SSB EPRE of 49 − 35.15 = 13.85 dBm (abs 0.01)', () => {
    expect(planSsbEpreDbm(defaultRadioPlan)).toBeCloseTo(13.847, 2)
  })
})

describe('inverting SINR → CQI (radio-models.md §5.2)', () => {
  it('needs 1.293 bit/RE for the drone GFBR over the whole UL carrier (abs 1e-3)', () => {
    expect(requiredEfficiencyBitsPerRe(droneGfbrMbps, carrierShare(defaultRadioPlan, 'ul'))).toBeCloseTo(1.2926, 3)
  })

  it('finds CQI 7 (1.4766 bit/RE) at 5.9 dB with the threshold list, 9.94 dB with the gap model', () => {
    expect(lowestSinrForEfficiency(1.2926, defaultCqiMapping)).toEqual({ cqi: 7, efficiencyBitsPerRe: 1.4766, sinrDb: 5.9, reachable: true })
    expect(lowestSinrForEfficiency(1.2926, gapCqiMapping('table1')).sinrDb).toBeCloseTo(9.94, 2)
  })

  it('returns the lowest SINR: at it the mapping carries the rate, 0.01 dB below it does not (property over 0.01…5.5 bit/RE)', () => {
    for (let efficiency = 0.01; efficiency <= 5.55; efficiency += 0.0731) {
      for (const mapping of [defaultCqiMapping, gapCqiMapping('table1'), gapCqiMapping('table2')]) {
        const { sinrDb } = lowestSinrForEfficiency(efficiency, mapping)
        expect(cqiEfficiencyBitsPerRe(cqiFromSinr(sinrDb + 1e-9, mapping), mapping.table)).toBeGreaterThanOrEqual(efficiency)
        expect(cqiEfficiencyBitsPerRe(cqiFromSinr(sinrDb - 0.01, mapping), mapping.table)).toBeLessThan(efficiency)
      }
    }
  })

  it('says when even CQI 15 falls short', () => {
    expect(lowestSinrForEfficiency(6, defaultCqiMapping)).toMatchObject({ cqi: 15, sinrDb: 22.7, reachable: false })
  })

  it('plans UL SINR 5.9 + 4 = 9.9 dB on the whole carrier and 11.7 + 4 dB on half of it (§7 step 9: ≥ 10 dB; 11–17 dB at half)', () => {
    const whole = requiredSinr(droneGfbrMbps, carrierShare(defaultRadioPlan, 'ul'), defaultCqiMapping, 4)
    expect(whole.targetDb).toBeCloseTo(9.9, 9)
    const half = requiredSinr(droneGfbrMbps, carrierShare({ ...defaultRadioPlan, ulPrbShare: 0.5 }, 'ul'), defaultCqiMapping, 0)
    expect(half.neededBitsPerRe).toBeCloseTo(2.576, 2)
    expect(half.sinrDb).toBe(11.7)
  })
})

describe('RSRP at which the SINR is reachable', () => {
  const ul = { sinrDb: 9.9, allocatedPrbs: 273, scsKhz: 30, gnbNoiseFigureDb: 5, iotDb: 6, ssbEpreDbm: 49 - 10 * Math.log10(3276), ueMaxPowerDbm: 23 }

  it('UL: 9.9 dB on 273 PRB with IoT 6 dB needs −82.33 dBm (abs 0.01)', () => {
    const step = uplinkRsrpForSinr(ul)
    expect(step.rsrpDbm).toBeCloseTo(-82.329, 2)
    expect(step.couplingLossDb).toBeCloseTo(96.176, 2)
  })

  it('UL: the uplink budget of uplinkSinr.ts at that RSRP gives back the SINR (abs 1e-9)', () => {
    const { rsrpDbm } = uplinkRsrpForSinr(ul)
    const sinr = uplinkSinrDb({ uePowerDbm: 23, pathLossDb: ul.ssbEpreDbm - rsrpDbm, bsGainDbi: 0, allocatedPrbs: 273, scsKhz: 30, aerial: true })
    expect(sinr).toBeCloseTo(9.9, 9)
  })

  it('DL: −2.7 dB with NF 9 dB and a 6 dB rise needs −116.93 dBm, and downlinkSinr.ts gives back the SINR (abs 1e-9)', () => {
    const step = downlinkRsrpForSinr(-2.7, 30, 9, 6)
    expect(step.rsrpDbm).toBeCloseTo(-116.929, 2)
    const noiseMw = dbmToMw(noisePerReDbm(30, 9))
    const sinr = downlinkSinrDb({ servingRsrpMw: dbmToMw(step.rsrpDbm), interfererRsrpMw: [noiseMw * (10 ** 0.6 - 1)], noisePerReMw: noiseMw, activity: 1 })
    expect(sinr).toBeCloseTo(-2.7, 9)
  })
})
