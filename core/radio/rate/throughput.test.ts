import { describe, expect, it } from 'vitest'
import { lteDownlinkShannon } from './shannon.js'
import { defaultCqiMapping, gapCqiMapping } from './sinrToCqi.js'
import { parseTddPattern } from './tddPattern.js'
import { spectralEfficiency, throughputMbps, type ThroughputInput } from './throughput.js'

// docs/radio-models.md §5.6, SINR-driven variant: 100 MHz n78, 30 kHz, 273 PRB, OH 0.14, CQI table 1 by §5.2(a).
const n78: ThroughputInput = { sinrDb: 20, direction: 'dl', prbs: 273, scsKhz: 30, layers: 1, efficiencyModel: defaultCqiMapping }
const dddsu = parseTddPattern('DDDSU')

describe('throughputMbps (tolerance 0.05 Mbit/s)', () => {
  it('SINR 20 dB → CQI 13 (4.5234 b/RE) → 356.8 Mbit/s per layer, 265.1 in DDDSU', () => {
    const fdd = throughputMbps(n78)
    expect(fdd.cqi).toBe(13)
    expect(fdd.efficiencyBitsPerRe).toBe(4.5234)
    expect(fdd.resourceElementsPerSecond).toBe(91_728_000)
    expect(fdd.perLayerMbps).toBeCloseTo(356.8, 1)
    expect(throughputMbps({ ...n78, tddFraction: dddsu.dlFraction }).perLayerMbps).toBeCloseTo(265.1, 1)
  })

  it('SINR 8.23 dB (§4.5 example) → CQI 8 → 112.2 Mbit/s per layer in DDDSU', () => {
    const result = throughputMbps({ ...n78, sinrDb: 8.23, tddFraction: dddsu.dlFraction })
    expect(result.cqi).toBe(8)
    expect(result.perLayerMbps).toBeCloseTo(112.2, 1)
  })

  it('total = per layer × layers, and the resource share scales linearly', () => {
    const fourLayers = throughputMbps({ ...n78, layers: 4, tddFraction: dddsu.dlFraction })
    expect(fourLayers.totalMbps).toBeCloseTo(4 * 265.1, 0)
    expect(fourLayers.totalMbps).toBeCloseTo(4 * fourLayers.perLayerMbps, 9)
    expect(throughputMbps({ ...n78, resourceShare: 0.25 }).perLayerMbps).toBeCloseTo(throughputMbps(n78).perLayerMbps / 4, 9)
  })

  it('uses the UL overhead 0.08 for direction ul', () => {
    const ul = throughputMbps({ ...n78, direction: 'ul' })
    expect(ul.perLayerMbps).toBeCloseTo((91_728_000 * 4.5234 * 0.92) / 1e6, 6)
  })

  it('is 0 when CQI is 0 (out of range)', () => {
    const result = throughputMbps({ ...n78, sinrDb: -10 })
    expect(result.cqi).toBe(0)
    expect(result.totalMbps).toBe(0)
  })

  it('follows the chosen efficiency model: gap model CQI 5 at 8.23 dB, Shannon without a CQI', () => {
    expect(throughputMbps({ ...n78, sinrDb: 8.23, efficiencyModel: gapCqiMapping('table1') }).cqi).toBe(5)
    const shannon = throughputMbps({ ...n78, sinrDb: 10, efficiencyModel: { method: 'shannon', parameters: lteDownlinkShannon } })
    expect(shannon.cqi).toBeNull()
    expect(shannon.efficiencyBitsPerRe).toBeCloseTo(2.076, 3)
  })

  it('never falls as SINR rises', () => {
    let previous = 0
    for (let sinrDb = -15; sinrDb <= 35; sinrDb += 0.25) {
      const rate = throughputMbps({ ...n78, sinrDb }).totalMbps
      expect(rate).toBeGreaterThanOrEqual(previous)
      previous = rate
    }
  })

  it('rejects fractions outside 0…1 and fewer than one layer', () => {
    expect(() => throughputMbps({ ...n78, tddFraction: 1.2 })).toThrow('tddFraction must be a fraction within 0…1, not 1.2')
    expect(() => throughputMbps({ ...n78, resourceShare: -0.1 })).toThrow('resourceShare must be a fraction within 0…1')
    expect(() => throughputMbps({ ...n78, layers: 0 })).toThrow('layers must be at least 1, not 0')
  })
})

describe('spectralEfficiency', () => {
  it('reads the CQI table of the mapping', () => {
    expect(spectralEfficiency(30, gapCqiMapping('table2'))).toEqual({ cqi: 15, efficiencyBitsPerRe: 7.4063 })
  })
})
