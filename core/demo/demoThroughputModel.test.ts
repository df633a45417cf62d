import { describe, expect, it } from 'vitest'
import {
  averageDownlinkLayers, cqiFromSinr, downlinkThroughputMbps, resourceElementsPerSecond, truncatedShannonEfficiency, uplinkThroughputMbps,
} from './demoThroughputModel.js'

describe('resourceElementsPerSecond', () => {
  it('is 91.728 M RE/s per layer for 273 PRB at 30 kHz (docs/radio-models.md §5.6)', () => {
    expect(resourceElementsPerSecond(273)).toBe(91_728_000)
  })
})

describe('truncatedShannonEfficiency', () => {
  const lte = { alpha: 0.6, sinrMinDb: -10, maxEfficiency: 4.4 }
  it('gives 0.600 / 2.076 / 3.995 bit/RE at 0 / 10 / 20 dB for α = 0.6 (docs/radio-models.md §5.3)', () => {
    expect(truncatedShannonEfficiency(0, lte)).toBeCloseTo(0.6, 3)
    expect(truncatedShannonEfficiency(10, lte)).toBeCloseTo(2.076, 3)
    expect(truncatedShannonEfficiency(20, lte)).toBeCloseTo(3.995, 3)
  })

  it('is 0 below SINR_min and capped at the top MCS', () => {
    expect(truncatedShannonEfficiency(-10.1, lte)).toBe(0)
    expect(truncatedShannonEfficiency(40, lte)).toBe(4.4)
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
