import { describe, expect, it } from 'vitest'
import type { CoverageLayer } from '../../../core/api/schemas/coverageSchemas.js'
import { coverageMetrics } from '../../../core/api/schemas/coverageSchemas.js'
import { checkBreaks } from './classBreaks.js'
import { coverageMetricValues, coverageSchemes, isCategorical, residualScheme } from './coverageClasses.js'
import { classIndex, classifySamples } from './metricClasses.js'

const layer = (): CoverageLayer => ({
  runId: 1, altitudeM: 120, targetKind: 'area', resolutionM: 100, count: 3,
  positions: new Float64Array(6), alongM: null,
  bestCellId: new Int32Array([5, 6, -1]), bestBeam: new Int32Array([0, 7, -1]),
  rsrpDbm: new Float32Array([-75, -95, Number.NaN]), dlSinrDb: new Float32Array(3), ulSinrDb: new Float32Array(3),
  dlMbps: new Float32Array(3), ulMbps: new Float32Array(3), coverageProbability: new Float32Array([1, 0.905, Number.NaN]),
})

describe('coverage schemes', () => {
  it.each(coverageMetrics)('%s has ascending limits and one colour per class', (metric) => {
    const scheme = coverageSchemes[metric]
    expect(scheme.metric).toBe(metric)
    expect(checkBreaks(scheme.breaks)).toBeNull()
    expect(scheme.colours).toHaveLength(scheme.breaks.length + 1)
  })
  it('gives each SSB beam index 0…7 a class of its own and puts 8 and up together', () => {
    const { breaks } = coverageSchemes.bestBeam
    expect([0, 1, 7, 8, 63].map((beam) => classIndex(beam, breaks))).toEqual([0, 1, 7, 8, 8])
    expect(isCategorical('bestBeam')).toBe(true)
    expect(isCategorical('rsrpDbm')).toBe(false)
  })
  it('has diverging residual classes symmetric about 0 dB, with "as predicted" in the middle', () => {
    const { breaks, colours } = residualScheme
    expect(breaks.map((b) => -b).reverse()).toEqual([...breaks])
    expect(classIndex(0, breaks)).toBe((colours.length - 1) / 2)
    expect(classifySamples(new Float32Array([-12, 0, 12]), residualScheme).counts).toEqual([1, 0, 0, 1, 0, 0, 1])
  })
})

describe('coverageMetricValues', () => {
  it('returns the layer column itself for metrics stored as the map shows them', () => {
    const source = layer()
    expect(coverageMetricValues(source, 'rsrpDbm')).toBe(source.rsrpDbm)
  })
  it('turns coverage probability into percent (±0.001 %) and keeps NaN', () => {
    const [all, most, none] = coverageMetricValues(layer(), 'coverageProbability')
    expect(all).toBeCloseTo(100, 3)
    expect(most).toBeCloseTo(90.5, 3)
    expect(none).toBeNaN()
  })
  it('turns best-beam indices into numbers, NaN where no cell is in range', () => {
    expect([...coverageMetricValues(layer(), 'bestBeam')]).toEqual([0, 7, Number.NaN])
  })
})
