import { describe, expect, it } from 'vitest'
import {
  averageDownlinkLayers, carrierPrbs, cqiFromSinr, dddsuFraction, downlinkShannon, downlinkThroughputMbps, uplinkShannon, uplinkThroughputMbps,
} from './demoThroughputModel.js'

// The models are tested in core/radio/rate; these tests pin the demo's parameter choices.
describe('the demo carrier', () => {
  it('is 273 PRB (100 MHz at 30 kHz) in DDDSU 10:2:2: DL 52/70, UL 16/70', () => {
    expect(carrierPrbs).toBe(273)
    expect(dddsuFraction).toEqual({ downlink: 52 / 70, uplink: 16 / 70 })
  })

  it('caps the Shannon bound at the 256QAM (DL) and 64QAM (UL) CQI 15 efficiencies', () => {
    expect(downlinkShannon).toEqual({ alpha: 0.6, sinrMinDb: -10, maxEfficiency: 7.4063 })
    expect(uplinkShannon).toEqual({ alpha: 0.4, sinrMinDb: -10, maxEfficiency: 5.5547 })
  })
})

describe('cqiFromSinr', () => {
  it('is 0 below −6.7 dB, 15 from 22.7 dB, and never falls as SINR rises', () => {
    expect(cqiFromSinr(-7)).toBe(0)
    expect(cqiFromSinr(22.7)).toBe(15)
    let previous = 0
    for (let sinr = -20; sinr <= 40; sinr += 0.25) {
      const cqi = cqiFromSinr(sinr)
      expect(cqi).toBeGreaterThanOrEqual(previous)
      previous = cqi
    }
  })

  it('gives CQI 8 at 8.23 dB and 13 at 20 dB (docs/radio-models.md §5.2a, §5.6)', () => {
    expect(cqiFromSinr(8.23)).toBe(8)
    expect(cqiFromSinr(20)).toBe(13)
  })
})

describe('downlinkThroughputMbps', () => {
  it('peaks at the TS 38.306 4-layer 256QAM rate in DDDSU: 1736.1 Mbit/s', () => {
    expect(downlinkThroughputMbps(45)).toBeCloseTo(1736.1, 1)
  })

  it('rises with SINR and is 0 below −10 dB', () => {
    expect(downlinkThroughputMbps(-11)).toBe(0)
    expect(downlinkThroughputMbps(0)).toBeGreaterThan(0)
    expect(downlinkThroughputMbps(10)).toBeGreaterThan(downlinkThroughputMbps(5))
    expect(downlinkThroughputMbps(25)).toBeGreaterThan(downlinkThroughputMbps(15))
  })

  it('uses 1 layer at low SINR and 4 at high SINR', () => {
    expect(averageDownlinkLayers(0)).toBe(1)
    expect(averageDownlinkLayers(12)).toBeCloseTo(2.5, 6)
    expect(averageDownlinkLayers(30)).toBe(4)
  })
})

describe('uplinkThroughputMbps', () => {
  const budget = { uePowerDbm: 26, noisePerReDbm: -124.23, interferenceOverThermalDb: 3 }

  it('peaks at the 1-layer 64QAM rate in DDDSU: 107.1 Mbit/s', () => {
    expect(uplinkThroughputMbps({ ...budget, couplingGainDb: -20 })).toBeCloseTo(107.1, 1)
  })

  it('falls with coupling loss but stays positive at the cell edge by narrowing the allocation', () => {
    const near = uplinkThroughputMbps({ ...budget, couplingGainDb: -90 })
    const edge = uplinkThroughputMbps({ ...budget, couplingGainDb: -125 })
    expect(near).toBeGreaterThan(edge)
    expect(edge).toBeGreaterThan(0)
  })
})
