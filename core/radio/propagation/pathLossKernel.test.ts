import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import { computePathLoss, umaFamilyHeightConstants } from './pathLossKernel.js'
import { combinedShadowFadingSigmaDb, evaluatePathLoss, meanPathLossDb, pathLossModelNames } from './pathLossModel.js'

/** Deterministic uniform numbers in [0, 1) (mulberry32), so a failure reproduces. */
function uniform(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const outputs = (count: number) => ({
  meanDb: new Float32Array(count),
  losDb: new Float32Array(count),
  nlosDb: new Float32Array(count),
  losProbability: new Float32Array(count),
  sigmaDb: new Float32Array(count),
})

describe('computePathLoss (vectorised, clamp mode)', () => {
  for (const model of pathLossModelNames) {
    it(`${model}: matches evaluatePathLoss(…, clamp) on 500 random points within 1e-3 dB (float32 outputs)`, () => {
      const random = uniform(model.length * 7919 + 1)
      const count = 500
      // Distances 1 m…12 km and heights 0.5…350 m: in range, clamped and extrapolated points alike.
      const distance2dM = Float64Array.from({ length: count }, () => 10 ** (random() * 4.08))
      const utHeightM = Float64Array.from({ length: count }, () => 0.5 + random() ** 2 * 350)
      const params = { fcGhz: 3.5, bsHeightM: model.startsWith('umi') ? 10 : 30, buildingHeightM: 8, streetWidthM: 25 }
      const out = outputs(count)
      const clamped = computePathLoss(model, params, distance2dM, utHeightM, out)
      expect(clamped).toBeGreaterThan(0)
      for (let i = 0; i < count; i++) {
        const link = { fcGhz: params.fcGhz, bsHeightM: params.bsHeightM, distance2dM: distance2dM[i] as number, utHeightM: utHeightM[i] as number }
        const scalar = evaluatePathLoss(model, link, { buildingHeightM: 8, streetWidthM: 25, mode: 'clamp' })
        const expectedMeanDb = meanPathLossDb(scalar.pathLossLosDb, scalar.pathLossNlosDb, scalar.losProbability)
        const expectedSigmaDb = combinedShadowFadingSigmaDb(scalar.shadowFadingLosDb, scalar.shadowFadingNlosDb, scalar.losProbability)
        expect(Math.abs((out.meanDb[i] as number) - expectedMeanDb)).toBeLessThan(1e-3)
        expect(Math.abs((out.losDb[i] as number) - scalar.pathLossLosDb)).toBeLessThan(1e-3)
        expect(Math.abs((out.nlosDb[i] as number) - scalar.pathLossNlosDb)).toBeLessThan(1e-3)
        expect(Math.abs((out.losProbability[i] as number) - scalar.losProbability)).toBeLessThan(1e-6)
        expect(Math.abs((out.sigmaDb[i] as number) - expectedSigmaDb)).toBeLessThan(1e-5)
      }
    })
  }

  it('fills only meanDb and sigmaDb when the optional outputs are left out', () => {
    const out = { meanDb: new Float32Array(2), sigmaDb: new Float32Array(2) }
    expect(computePathLoss('uma', { fcGhz: 3.5, bsHeightM: 25 }, Float64Array.of(100, 1000), Float64Array.of(1.5, 1.5), out)).toBe(0)
    const single = evaluatePathLoss('uma', { fcGhz: 3.5, distance2dM: 1000, bsHeightM: 25, utHeightM: 1.5 })
    expect(Math.abs((out.meanDb[1] as number) - meanPathLossDb(single.pathLossLosDb, single.pathLossNlosDb, single.losProbability))).toBeLessThan(1e-3)
  })

  it('clamps out-of-range parameters too (fc 40 GHz in RMa is evaluated at 30 GHz)', () => {
    const out = outputs(1)
    computePathLoss('rma', { fcGhz: 40, bsHeightM: 35 }, Float64Array.of(1000), Float64Array.of(1.5), out)
    const at30 = evaluatePathLoss('rma', { fcGhz: 30, distance2dM: 1000, bsHeightM: 35, utHeightM: 1.5 })
    expect(Math.abs((out.losDb[0] as number) - at30.pathLossLosDb)).toBeLessThan(1e-3)
  })

  it('writes NaN for a non-finite point instead of failing the whole batch', () => {
    const out = outputs(2)
    computePathLoss('uma', { fcGhz: 3.5, bsHeightM: 25 }, Float64Array.of(Number.NaN, 100), Float64Array.of(1.5, 1.5), out)
    expect(out.meanDb[0]).toBeNaN()
    expect(Number.isFinite(out.meanDb[1])).toBe(true)
  })

  it('rejects arrays shorter than distance2dM, naming them', () => {
    const call = () => computePathLoss('uma', { fcGhz: 3.5, bsHeightM: 25 }, new Float64Array(3), new Float64Array(2), outputs(3))
    expect(call).toThrow(RadioInputError)
    expect(call).toThrow('utHeightM must hold at least 3 values')
    expect(() => computePathLoss('uma', { fcGhz: 3.5, bsHeightM: 25 }, new Float64Array(3), new Float64Array(3), { meanDb: new Float32Array(3), sigmaDb: new Float32Array(1) })).toThrow(
      'out.sigmaDb must hold at least 3 values',
    )
  })

  it('umaFamilyHeightConstants: its terms, evaluated as UmaFamilyConstants documents, give computePathLoss (1e-3 dB), heights clamped alike', () => {
    for (const model of ['uma', 'uma-av'] as const) {
      for (const utHeightM of [0.5, 1.5, 10, 13, 18, 22.5, 22.6, 60, 100, 150, 300, 400]) {
        const height = umaFamilyHeightConstants(model, { fcGhz: 3.5, bsHeightM: 30 }, utHeightM)
        if (height === null) throw new Error(`${model} at ${utHeightM} m has constants`)
        const k = height.constants
        const distance2dM = Float64Array.of(1, 9, 10, 15, 18, 40, 150, 700, 2500, 6000)
        const out = outputs(distance2dM.length)
        computePathLoss(model, { fcGhz: 3.5, bsHeightM: 30 }, distance2dM, new Float64Array(distance2dM.length).fill(utHeightM), out)
        distance2dM.forEach((raw, i) => {
          const d = Math.max(raw, height.minimumDistance2dM)
          const logD3d = Math.log10(Math.sqrt(d * d + k.heightDifferenceSquaredM2))
          const los = d <= k.breakpointM ? k.losNearConstantDb + k.losNearSlopeDb * logD3d : k.losFarConstantDb + k.losFarSlopeDb * logD3d
          const nlos = Math.max(los, k.nlosConstantDb + k.nlosSlopeDb * logD3d)
          const base = k.losDistanceM / d + Math.exp(-d / k.losDecayM) * (1 - k.losDistanceM / d)
          const pLos = d <= k.losDistanceM ? 1 : Math.min(1, base * (1 + k.heightFactor * 1.25 * (d / 100) ** 3 * Math.exp(-d / 150)))
          expect(Math.abs(meanPathLossDb(los, nlos, pLos) - (out.meanDb[i] as number)), `${model}, ${utHeightM} m, ${raw} m`).toBeLessThan(1e-3)
          const sigma = Math.sqrt(pLos * k.sigmaLosDb ** 2 + (1 - pLos) * k.sigmaNlosDb ** 2)
          expect(Math.abs(sigma - (out.sigmaDb[i] as number))).toBeLessThan(1e-5)
        })
      }
    }
    expect(umaFamilyHeightConstants('uma', { fcGhz: 3.5, bsHeightM: 30 }, Number.NaN)).toBeNull()
    expect(umaFamilyHeightConstants('umi-av', { fcGhz: 3.5, bsHeightM: 10 }, 1.5)).toBeNull()
  })
})
