import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../../demo/seededRandom.js'
import {
  errorFigures,
  fitPathLossCorrection,
  logDistanceDecades,
  minimumLogDistanceSpreadDecades,
  minimumSamplesForSlope,
  pathLossCorrectionDb,
} from './fitPathLossCorrection.js'

/**
 * Synthetic drive: distances log-uniform over 50 m…5 km; the model under-predicts path loss by
 * ΔPL(d) = offset + slope · log10(d / 1 km), plus Gaussian shadowing of σ dB. Residual = measured −
 * predicted RSRP = −ΔPL − noise.
 */
function synthetic(count: number, offsetDb: number, slopeDbPerDecade: number, noiseDb: number, seed = 7): { distance3dM: Float64Array; residualDb: Float64Array } {
  const random = createSeededRandom(seed)
  const distance3dM = new Float64Array(count)
  const residualDb = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    const d = 10 ** random.uniform(Math.log10(50), Math.log10(5000))
    distance3dM[i] = d
    residualDb[i] = -(offsetDb + slopeDbPerDecade * Math.log10(d / 1000)) - noiseDb * random.normal()
  }
  return { distance3dM, residualDb }
}

describe('fitPathLossCorrection', () => {
  it('recovers an exact offset and slope from noiseless residuals (within 1e-9 dB) and leaves no error', () => {
    const { distance3dM, residualDb } = synthetic(200, 7.5, -4, 0)
    const fit = fitPathLossCorrection(distance3dM, residualDb)
    expect(fit.offsetOnly).toBeNull()
    expect(Math.abs(fit.offsetDb - 7.5)).toBeLessThan(1e-9)
    expect(Math.abs(fit.slopeDbPerDecade + 4)).toBeLessThan(1e-9)
    expect(fit.rmseAfterDb).toBeLessThan(1e-9)
    expect(fit.samples).toBe(200)
  })

  it('recovers offset 6 dB and slope 12 dB/decade under 4 dB shadowing (2000 samples; tolerance 4 standard errors)', () => {
    const { distance3dM, residualDb } = synthetic(2000, 6, 12, 4)
    const fit = fitPathLossCorrection(distance3dM, residualDb)
    // Standard errors: slope σ/(√n·std x) ≈ 4/(44.7·0.58) ≈ 0.15 dB/decade; offset ≈ 0.1 dB.
    expect(Math.abs(fit.slopeDbPerDecade - 12)).toBeLessThan(0.6)
    expect(Math.abs(fit.offsetDb - 6)).toBeLessThan(0.4)
    expect(Math.abs(fit.meAfterDb)).toBeLessThan(1e-9)
    expect(Math.abs(fit.sigmaAfterDb - 4)).toBeLessThan(0.2)
    expect(fit.rmseAfterDb).toBeLessThan(fit.rmseBeforeDb)
  })

  it('reports ME, RMSE and σ before the fit with ME = mean(measured − predicted) (tolerance 0.3 dB)', () => {
    // A pure offset: the model predicts 5 dB too strong everywhere → measured − predicted = −5 dB.
    const { distance3dM, residualDb } = synthetic(4000, 5, 0, 3, 11)
    const fit = fitPathLossCorrection(distance3dM, residualDb)
    expect(Math.abs(fit.meBeforeDb + 5)).toBeLessThan(0.3)
    expect(Math.abs(fit.sigmaBeforeDb - 3)).toBeLessThan(0.3)
    expect(Math.abs(fit.rmseBeforeDb - Math.hypot(5, 3))).toBeLessThan(0.3)
    // More path loss than modelled is a positive offset.
    expect(Math.abs(fit.offsetDb - 5)).toBeLessThan(0.3)
  })

  it('makes each residual after equal residual + ΔPL(d) (1e-9 dB)', () => {
    const { distance3dM, residualDb } = synthetic(100, 3, 8, 5)
    const fit = fitPathLossCorrection(distance3dM, residualDb)
    for (let i = 0; i < 100; i++) {
      expect(Math.abs((fit.afterDb[i] as number) - ((residualDb[i] as number) + pathLossCorrectionDb(fit, distance3dM[i] as number)))).toBeLessThan(1e-9)
    }
  })

  it(`fits the offset only (slope 0) below ${minimumSamplesForSlope} samples, and says so`, () => {
    const { distance3dM, residualDb } = synthetic(minimumSamplesForSlope - 1, 4, 20, 1)
    const fit = fitPathLossCorrection(distance3dM, residualDb)
    expect(fit.offsetOnly).toBe('too-few-samples')
    expect(fit.slopeDbPerDecade).toBe(0)
    expect(fit.offsetDb).toBeCloseTo(-errorFigures(residualDb).meDb, 9)
    expect(Math.abs(fit.meAfterDb)).toBeLessThan(1e-9)
    expect(fit.sigmaAfterDb).toBeCloseTo(fit.sigmaBeforeDb, 9)
  })

  it(`fits the offset only when log-distances spread less than ${minimumLogDistanceSpreadDecades} decade`, () => {
    const random = createSeededRandom(3)
    const distance3dM = Float64Array.from({ length: 500 }, () => random.uniform(900, 1100))
    const residualDb = Float64Array.from(distance3dM, () => -2 + random.normal())
    const fit = fitPathLossCorrection(distance3dM, residualDb)
    expect(fit.offsetOnly).toBe('too-little-distance-spread')
    expect(fit.slopeDbPerDecade).toBe(0)
    expect(Math.abs(fit.offsetDb - 2)).toBeLessThan(0.2)
  })

  it('takes distances below 10 m as 10 m, as computeCoverageTile applies the correction', () => {
    expect(logDistanceDecades(3)).toBe(-2)
    expect(pathLossCorrectionDb({ offsetDb: 1, slopeDbPerDecade: 10 }, 0)).toBeCloseTo(-19, 12)
    expect(pathLossCorrectionDb({ offsetDb: 1, slopeDbPerDecade: 10 }, 1000)).toBeCloseTo(1, 12)
  })

  it('refuses no samples, unequal lengths and values that are not finite, naming the argument', () => {
    expect(() => fitPathLossCorrection([], [])).toThrow(/residualDb must hold at least one sample/)
    expect(() => fitPathLossCorrection([100], [1, 2])).toThrow(/distance3dM must hold one distance per residual \(2\), not 1/)
    expect(() => fitPathLossCorrection([100, Number.NaN], [1, 2])).toThrow(/distance3dM\[1\]/)
    expect(() => fitPathLossCorrection([100, 200], [1, Number.POSITIVE_INFINITY])).toThrow(/residualDb\[1\]/)
  })
})

describe('errorFigures', () => {
  it('gives ME, RMSE and population σ with RMSE² = ME² + σ² (1e-9)', () => {
    const figures = errorFigures([1, 2, 3, 6])
    expect(figures.meDb).toBe(3)
    expect(figures.rmseDb).toBeCloseTo(Math.sqrt(50 / 4), 12)
    expect(figures.sigmaDb).toBeCloseTo(Math.sqrt(14 / 4), 12)
    expect(Math.abs(figures.rmseDb ** 2 - figures.meDb ** 2 - figures.sigmaDb ** 2)).toBeLessThan(1e-9)
  })
})
