import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import { combinedShadowFadingSigmaDb, evaluatePathLoss, meanPathLossDb, pathLossModelNames, type PathLossModelName } from './pathLossModel.js'

const bsHeightM: Record<PathLossModelName, number> = { uma: 25, umi: 10, rma: 35, 'uma-av': 25, 'umi-av': 10, 'rma-av': 35 }
/** UT heights covering each model's terrestrial and aerial regimes. */
const utHeightsM: Record<PathLossModelName, number[]> = {
  uma: [1.5, 15, 22.5], umi: [1.5, 22.5], rma: [1, 1.5, 10],
  'uma-av': [1.5, 22.5, 30, 100, 300], 'umi-av': [1.5, 30, 300], 'rma-av': [1.5, 10, 20, 40, 300],
}
const maxDistanceM = (model: PathLossModelName, utHeightM: number) => (model === 'uma-av' || model === 'umi-av') && utHeightM > 22.5 ? 4000 : model === 'rma-av' && utHeightM > 10 ? 10_000 : 5000
const sweep = (maximumM: number) => Array.from({ length: 160 }, (_, i) => 10 * 1.045 ** i).filter((d) => d <= maximumM)

describe('evaluatePathLoss', () => {
  it('gives UMa at 3.5 GHz, d2D 100 m, hBS 25 m, hUT 1.5 m (what `certus radio pathloss` prints; 0.01 dB, 1e-4)', () => {
    const result = evaluatePathLoss('uma', { fcGhz: 3.5, distance2dM: 100, bsHeightM: 25, utHeightM: 1.5 })
    expect(result.pathLossLosDb).toBeCloseTo(83.14, 2)
    expect(result.pathLossNlosDb).toBeCloseTo(103.04, 2)
    expect(result.losProbability).toBeCloseTo(0.3477, 4)
    expect(result).toMatchObject({ shadowFadingLosDb: 4, shadowFadingNlosDb: 6, warnings: [] })
  })

  it('reproduces the ns-3 vectors at 1 km through the entry point (RMa with h 5 m, W 20 m defaults; 0.01 dB)', () => {
    const at1km = (model: PathLossModelName) => evaluatePathLoss(model, { fcGhz: 5, distance2dM: 1000, bsHeightM: bsHeightM[model], utHeightM: 1.5 })
    expect(Math.abs(at1km('rma').pathLossLosDb - 108.5577)).toBeLessThan(0.01)
    expect(Math.abs(at1km('rma').pathLossNlosDb - 133.5223)).toBeLessThan(0.01)
    expect(Math.abs(at1km('uma').pathLossNlosDb - 144.7641)).toBeLessThan(0.01)
    expect(Math.abs(at1km('umi').pathLossNlosDb - 143.1886)).toBeLessThan(0.01)
    expect(Math.abs(at1km('rma-av').pathLossNlosDb - 133.5223)).toBeLessThan(0.01)
  })

  const aerialChecks = [
    { model: 'uma-av', utHeightM: 50, distance2dM: 1000, losDb: 104.88, nlosDb: 128.15, pLos: 0.7721 },
    { model: 'uma-av', utHeightM: 100, distance2dM: 1000, losDb: 104.91, nlosDb: 121.86, pLos: 0.8533 },
    { model: 'uma-av', utHeightM: 300, distance2dM: 1000, losDb: 105.23, nlosDb: 112.26, pLos: 1 },
    { model: 'umi-av', utHeightM: 100, distance2dM: 500, losDb: 99.28, nlosDb: 119.05, pLos: 0.5467 },
    { model: 'rma-av', utHeightM: 30, distance2dM: 1000, losDb: 107.05, nlosDb: 112.84, pLos: 0.9087 },
    { model: 'rma-av', utHeightM: 50, distance2dM: 3000, losDb: 115.79, nlosDb: 121.71, pLos: 1 },
  ] as const
  for (const check of aerialChecks) {
    it(`matches radio-models.md §3.5 for ${check.model}, hUT ${check.utHeightM} m, d2D ${check.distance2dM} m (0.01 dB, 1e-4)`, () => {
      const result = evaluatePathLoss(check.model, { fcGhz: 3.5, distance2dM: check.distance2dM, bsHeightM: bsHeightM[check.model], utHeightM: check.utHeightM })
      expect(Math.abs(result.pathLossLosDb - check.losDb)).toBeLessThan(0.01)
      expect(Math.abs(result.pathLossNlosDb - check.nlosDb)).toBeLessThan(0.01)
      expect(Math.abs(result.losProbability - check.pLos)).toBeLessThan(1e-4)
    })
  }

  for (const model of pathLossModelNames) {
    it(`${model}: path loss grows with distance (LOS and NLOS), NLOS ≥ LOS, P_LOS in [0, 1] and non-increasing`, () => {
      for (const utHeightM of utHeightsM[model]) {
        let previous = { los: -Infinity, nlos: -Infinity, pLos: 1 }
        for (const distance2dM of sweep(maxDistanceM(model, utHeightM))) {
          const result = evaluatePathLoss(model, { fcGhz: 2, distance2dM, bsHeightM: bsHeightM[model], utHeightM })
          expect(result.pathLossLosDb).toBeGreaterThan(previous.los)
          expect(result.pathLossNlosDb).toBeGreaterThan(previous.nlos)
          expect(result.pathLossNlosDb).toBeGreaterThanOrEqual(result.pathLossLosDb)
          expect(result.losProbability).toBeGreaterThanOrEqual(0)
          expect(result.losProbability).toBeLessThanOrEqual(previous.pLos)
          previous = { los: result.pathLossLosDb, nlos: result.pathLossNlosDb, pLos: result.losProbability }
        }
      }
    })
  }

  it('throws a RadioInputError naming the argument, range and clause in strict mode (the default)', () => {
    const call = () => evaluatePathLoss('uma', { fcGhz: 3.5, distance2dM: 100, bsHeightM: 25, utHeightM: 40 })
    expect(call).toThrow(RadioInputError)
    expect(call).toThrow('utHeightM must be within 1.5…22.5 m for UMa (TR 38.901 Table 7.4.1-1), not 40')
    expect(() => evaluatePathLoss('rma', { fcGhz: 3.5, distance2dM: 5, bsHeightM: 35, utHeightM: 1.5 })).toThrow(
      'distance2dM must be within 10…5000 m for RMa (TR 38.901 Table 7.4.1-1), not 5',
    )
    expect(() => evaluatePathLoss('rma-av', { fcGhz: 3.5, distance2dM: 100, bsHeightM: 35, utHeightM: 400 })).toThrow(
      'utHeightM must be within 1.5…300 m for RMa-AV terrestrial regime (TR 36.777 Annex B), not 400',
    )
  })

  it('rejects an unknown model and non-finite inputs in either mode', () => {
    expect(() => evaluatePathLoss('inh' as PathLossModelName, { fcGhz: 3.5, distance2dM: 100, bsHeightM: 25, utHeightM: 1.5 })).toThrow(
      'model must be one of uma, umi, rma, uma-av, umi-av, rma-av, not "inh"',
    )
    expect(() => evaluatePathLoss('uma', { fcGhz: 3.5, distance2dM: Number.NaN, bsHeightM: 25, utHeightM: 1.5 }, { mode: 'clamp' })).toThrow(
      'distance2dM must be a finite number',
    )
  })

  it('clamps d2D below 10 m to 10 m in clamp mode and reports it', () => {
    const clamped = evaluatePathLoss('uma', { fcGhz: 3.5, distance2dM: 2, bsHeightM: 25, utHeightM: 1.5 }, { mode: 'clamp' })
    const atLimit = evaluatePathLoss('uma', { fcGhz: 3.5, distance2dM: 10, bsHeightM: 25, utHeightM: 1.5 })
    expect(clamped.pathLossLosDb).toBe(atLimit.pathLossLosDb)
    expect(clamped.warnings).toHaveLength(1)
    expect(clamped.warnings[0]).toContain('distance2dM 2 m is below 10 m')
  })

  it('uses RMa h and W when given (TR 38.901 Table 7.4.1-1: wider streets lower NLOS loss)', () => {
    const base = { fcGhz: 3.5, distance2dM: 2000, bsHeightM: 35, utHeightM: 1.5 }
    const narrow = evaluatePathLoss('rma', base, { streetWidthM: 10 }).pathLossNlosDb
    const wide = evaluatePathLoss('rma', base, { streetWidthM: 40 }).pathLossNlosDb
    expect(narrow - wide).toBeCloseTo(7.1 * Math.log10(4), 9)
  })
})

describe('meanPathLossDb (linear-domain LOS/NLOS mean, radio-models.md §4.4)', () => {
  it('is the LOS loss at P_LOS = 1 and the NLOS loss at P_LOS = 0 (to 1e-12 dB)', () => {
    expect(meanPathLossDb(90, 110, 1)).toBeCloseTo(90, 12)
    expect(meanPathLossDb(90, 110, 0)).toBeCloseTo(110, 12)
  })

  it('averages path gains, not dB: P_LOS 0.5 over 90/110 dB gives 90 + 10·log10(2/1.01) dB (to 1e-9 dB)', () => {
    expect(meanPathLossDb(90, 110, 0.5)).toBeCloseTo(90 - 10 * Math.log10(0.5 * (1 + 0.01)), 9)
    expect(meanPathLossDb(90, 110, 0.5)).toBeLessThan(100)
  })

  it('does not underflow for losses of thousands of dB', () => {
    expect(meanPathLossDb(4000, 4010, 0.5)).toBeCloseTo(4000 - 10 * Math.log10(0.5 * 1.1), 9)
  })
})

describe('combinedShadowFadingSigmaDb', () => {
  it('is sqrt(P·σL² + (1 − P)·σN²): 4 at P 1, 6 at P 0, sqrt(26) at P 0.5 (to 1e-12)', () => {
    expect(combinedShadowFadingSigmaDb(4, 6, 1)).toBeCloseTo(4, 12)
    expect(combinedShadowFadingSigmaDb(4, 6, 0)).toBeCloseTo(6, 12)
    expect(combinedShadowFadingSigmaDb(4, 6, 0.5)).toBeCloseTo(Math.sqrt(26), 12)
  })
})
