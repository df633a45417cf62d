import { describe, expect, it } from 'vitest'
import { modelValidity, umaBsHeightRangeM, umiBsHeightRangeM } from './validityRanges.js'

const span = (range: { minimum: number; maximum: number }) => [range.minimum, range.maximum]

describe('path-loss model validity ranges', () => {
  it('takes UMa and UMi to 0.5…100 GHz, 10 m…5 km, hUT 1.5…22.5 m (TR 38.901 Table 7.4.1-1)', () => {
    for (const model of ['uma', 'umi'] as const) {
      const validity = modelValidity(model, 1.5)
      expect(span(validity.fcGhz)).toEqual([0.5, 100])
      expect(span(validity.distance2dM)).toEqual([10, 5000])
      expect(span(validity.utHeightM)).toEqual([1.5, 22.5])
      expect(validity.clause).toBe('TR 38.901 Table 7.4.1-1')
      expect(validity.buildingHeightM).toBeNull()
    }
  })

  it('takes RMa to 0.5…30 GHz, hBS 10…150 m, hUT 1…10 m, h and W 5…50 m, d2D to 5 km (where NLOS stops)', () => {
    const validity = modelValidity('rma', 1.5)
    expect(span(validity.fcGhz)).toEqual([0.5, 30])
    expect(span(validity.bsHeightM)).toEqual([10, 150])
    expect(span(validity.utHeightM)).toEqual([1, 10])
    expect(span(validity.buildingHeightM ?? { minimum: NaN, maximum: NaN })).toEqual([5, 50])
    expect(span(validity.streetWidthM ?? { minimum: NaN, maximum: NaN })).toEqual([5, 50])
    expect(span(validity.distance2dM)).toEqual([10, 5000])
  })

  it('accepts UMa and UMi site heights as documented planning ranges, naming the spec value', () => {
    expect(span(umaBsHeightRangeM)).toEqual([10, 150])
    expect(span(umiBsHeightRangeM)).toEqual([3, 25])
    expect(modelValidity('uma', 1.5).bsHeightM.source).toContain('25 m')
    expect(modelValidity('umi', 1.5).bsHeightM.source).toContain('10 m')
  })

  it('gives the aerial models hUT 1.5…300 m in both regimes and d2D to 4 km (UMa/UMi-AV) or 10 km (RMa-AV) when aerial', () => {
    expect(span(modelValidity('uma-av', 10).utHeightM)).toEqual([1.5, 300])
    expect(span(modelValidity('uma-av', 10).distance2dM)).toEqual([10, 5000])
    expect(span(modelValidity('uma-av', 50).distance2dM)).toEqual([10, 4000])
    expect(span(modelValidity('umi-av', 50).distance2dM)).toEqual([10, 4000])
    expect(span(modelValidity('rma-av', 5).distance2dM)).toEqual([10, 5000])
    expect(span(modelValidity('rma-av', 50).distance2dM)).toEqual([10, 10_000])
    expect(modelValidity('rma-av', 50).clause).toBe('TR 36.777 Table B-2')
  })
})
