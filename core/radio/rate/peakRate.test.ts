import { describe, expect, it } from 'vitest'
import { carrierPeakRateMbps, maxCodeRate, overheadFraction, peakRateMbps, type CarrierRateInput } from './peakRate.js'
import { parseTddPattern } from './tddPattern.js'

const n78Downlink: CarrierRateInput = { bandwidthMhz: 100, scsKhz: 30, fr: 'fr1', direction: 'dl', layers: 4, modulation: '256qam' }
const n78Uplink: CarrierRateInput = { ...n78Downlink, direction: 'ul', layers: 1, modulation: '64qam' }

describe('carrierPeakRateMbps (TS 38.306 §4.1.2, docs/radio-models.md §5.4 and §5.6; tolerance 0.05 Mbit/s)', () => {
  it('is 2337.0 Mbit/s for 100 MHz n78, 30 kHz, 4 layers, 256QAM, DL', () => {
    expect(carrierPeakRateMbps(n78Downlink)).toBeCloseTo(2337.0, 1)
  })

  it('builds up as the worked example: 2 935 296 000 bit/s × R_max = 2 717 442 000 bit/s before overhead', () => {
    expect(Math.abs(91_728_000 * 8 * 4 * maxCodeRate - 2_717_442_000)).toBeLessThan(1)
    expect(carrierPeakRateMbps(n78Downlink)).toBeCloseTo((2_717_442_000 * 0.86) / 1e6, 6)
  })

  it('scales to 1736.1 (DDDSU) and 1502.4 Mbit/s (DDDSUDDSUU) with the 10:2:2 S slot', () => {
    expect(carrierPeakRateMbps(n78Downlink) * parseTddPattern('DDDSU').dlFraction).toBeCloseTo(1736.1, 1)
    expect(carrierPeakRateMbps(n78Downlink) * parseTddPattern('DDDSUDDSUU').dlFraction).toBeCloseTo(1502.4, 1)
  })

  it('is 468.76 Mbit/s UL, 1 layer 64QAM (OH 0.08), and 107.1 / 214.3 Mbit/s in DDDSU with 1 / 2 layers', () => {
    expect(carrierPeakRateMbps(n78Uplink)).toBeCloseTo(468.76, 2)
    const ulFraction = parseTddPattern('DDDSU').ulFraction
    expect(carrierPeakRateMbps(n78Uplink) * ulFraction).toBeCloseTo(107.1, 1)
    expect(carrierPeakRateMbps({ ...n78Uplink, layers: 2 }) * ulFraction).toBeCloseTo(214.3, 1)
  })

  it('is linear in layers, Q_m and the scaling factor f', () => {
    const base = carrierPeakRateMbps({ ...n78Downlink, layers: 1, modulation: 'qpsk' })
    expect(carrierPeakRateMbps({ ...n78Downlink, layers: 2, modulation: 'qpsk' })).toBeCloseTo(2 * base, 9)
    expect(carrierPeakRateMbps({ ...n78Downlink, layers: 1, modulation: '16qam' })).toBeCloseTo(2 * base, 9)
    expect(carrierPeakRateMbps({ ...n78Downlink, layers: 1, modulation: 'qpsk', scalingFactor: 0.75 })).toBeCloseTo(0.75 * base, 9)
  })

  it('uses the FR2 overheads: 0.18 DL, 0.10 UL', () => {
    const fr2 = { bandwidthMhz: 100, scsKhz: 120, fr: 'fr2', layers: 2, modulation: '64qam' } as const
    const noOverheadMbps = (2 * 6 * maxCodeRate * 66 * 12 * 14 * 8 * 1000) / 1e6
    expect(carrierPeakRateMbps({ ...fr2, direction: 'dl' })).toBeCloseTo(noOverheadMbps * 0.82, 6)
    expect(carrierPeakRateMbps({ ...fr2, direction: 'ul' })).toBeCloseTo(noOverheadMbps * 0.9, 6)
  })

  it('rejects an unsupported bandwidth/SCS combination, naming the valid choices', () => {
    expect(() => carrierPeakRateMbps({ ...n78Downlink, scsKhz: 15 })).toThrow('valid bandwidths: 5, 10, 15, 20, 25, 30, 35, 40, 45, 50 MHz')
  })

  it('rejects layers, modulation and f outside TS 38.306', () => {
    expect(() => carrierPeakRateMbps({ ...n78Uplink, layers: 5 })).toThrow('layers must be an integer 1…4 for UL (TS 38.306 §4.1.2), not 5')
    expect(() => carrierPeakRateMbps({ ...n78Downlink, layers: 9 })).toThrow('layers must be an integer 1…8 for DL')
    expect(() => carrierPeakRateMbps({ ...n78Downlink, modulation: '1024qam' as '256qam' })).toThrow('modulation must be one of qpsk, 16qam, 64qam, 256qam')
    expect(() => carrierPeakRateMbps({ ...n78Downlink, scalingFactor: 0.5 })).toThrow('scalingFactor must be one of 1, 0.8, 0.75, 0.4')
  })
})

describe('peakRateMbps', () => {
  it('sums the carriers of an aggregation', () => {
    const secondCarrier = { ...n78Downlink, bandwidthMhz: 60 }
    expect(peakRateMbps([n78Downlink, secondCarrier])).toBeCloseTo(carrierPeakRateMbps(n78Downlink) + carrierPeakRateMbps(secondCarrier), 9)
    expect(() => peakRateMbps([])).toThrow('carriers must list at least one component carrier')
  })
})

describe('overheadFraction', () => {
  it('is 0.14 / 0.08 in FR1 and 0.18 / 0.10 in FR2 (DL / UL)', () => {
    expect([overheadFraction('fr1', 'dl'), overheadFraction('fr1', 'ul'), overheadFraction('fr2', 'dl'), overheadFraction('fr2', 'ul')]).toEqual([0.14, 0.08, 0.18, 0.1])
  })
})
