import { describe, expect, it } from 'vitest'
import { noiseOverPrbsDbm } from './noise.js'
import { puschTransmitPowerDbm } from './uplinkPower.js'
import { defaultUplinkIotDb, noisePlusInterferenceFromIotDbm, uplinkLinkBudget, uplinkSinrDb, type UplinkLinkInput } from './uplinkSinr.js'

const link: UplinkLinkInput = { uePowerDbm: 23, pathLossDb: 120, bsGainDbi: 17, allocatedPrbs: 50, scsKhz: 30, gnbNoiseFigureDb: 5, iotDb: 3 }

describe('uplinkLinkBudget', () => {
  it('is P_UE − PL + G_BS + G_UE − (N over the allocation + IoT) (tolerance 0.005 dB)', () => {
    // N over 50 PRB at 30 kHz = −174 + 10·log10(18 MHz) + 5 = −96.45 dBm; + 3 dB IoT = −93.45 dBm.
    const budget = uplinkLinkBudget(link)
    expect(budget.rxPowerDbm).toBeCloseTo(-80, 9)
    expect(budget.noiseDbm).toBeCloseTo(-96.45, 2)
    expect(budget.noisePlusInterferenceDbm).toBeCloseTo(-93.45, 2)
    expect(budget.sinrDb).toBeCloseTo(13.45, 2)
    expect(uplinkSinrDb({ ...link, ueGainDbi: 2 })).toBeCloseTo(15.45, 2)
  })

  it('gives the same SINR per PRB as over the whole allocation (tolerance 1e-9 dB)', () => {
    const budget = uplinkLinkBudget(link)
    expect(budget.rxPowerPerPrbDbm - budget.noisePlusInterferencePerPrbDbm).toBeCloseTo(budget.sinrDb, 9)
    expect(budget.noisePerPrbDbm).toBeCloseTo(noiseOverPrbsDbm(1, 30, 5), 9)
  })

  it('loses 10·log10(2) of SINR when a fixed UE power spreads over twice the PRBs', () => {
    expect(uplinkSinrDb(link) - uplinkSinrDb({ ...link, allocatedPrbs: 100 })).toBeCloseTo(10 * Math.log10(2), 9)
  })

  it('applies aerialIotDb to aerial UEs and iotDb to the others', () => {
    const aerial = uplinkLinkBudget({ ...link, aerial: true, aerialIotDb: 8 })
    expect(aerial.iotDb).toBe(8)
    expect(uplinkSinrDb(link) - aerial.sinrDb).toBeCloseTo(5, 9)
  })

  it('defaults to the documented planning values: IoT 3 dB, aerial 6 dB, gNB NF 5 dB', () => {
    expect(defaultUplinkIotDb).toEqual({ iotDb: 3, aerialIotDb: 6 })
    const { iotDb: _iot, gnbNoiseFigureDb: _nf, ...bare } = link
    expect(uplinkLinkBudget(bare).iotDb).toBe(3)
    expect(uplinkLinkBudget({ ...bare, aerial: true }).iotDb).toBe(6)
    expect(uplinkSinrDb(bare)).toBeCloseTo(uplinkSinrDb(link), 9)
  })

  it('composes with PUSCH power control: a power-limited cell-edge UE gains SINR on fewer PRBs', () => {
    const powerControl = { pCmaxDbm: 23, p0PuschDbm: -90, alpha: 0.8, pathLossDb: 140, scsKhz: 30 }
    const sinrFor = (allocatedPrbs: number): number =>
      uplinkSinrDb({ ...link, pathLossDb: 140, allocatedPrbs, uePowerDbm: puschTransmitPowerDbm({ ...powerControl, allocatedPrbs }) })
    expect(sinrFor(5)).toBeGreaterThan(sinrFor(100))
  })

  it('rejects an IoT below 0 dB and fewer than one PRB', () => {
    expect(() => uplinkLinkBudget({ ...link, iotDb: -1 })).toThrow('IoT must be at least 0 dB')
    expect(() => uplinkLinkBudget({ ...link, allocatedPrbs: 0 })).toThrow('allocatedPrbs must be at least 1 resource block')
  })
})

describe('noisePlusInterferenceFromIotDbm', () => {
  it('adds the IoT in dB: IoT = (I + N)/N', () => {
    expect(noisePlusInterferenceFromIotDbm(-100, 3)).toBe(-97)
  })
})
