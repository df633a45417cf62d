import { RadioInputError } from '../radioInputError.js'
import { combinedShadowFadingSigmaDb, meanPathLossDb } from './pathLossModel.js'
import type { PathLossModelName } from './pathLossModelName.js'
import type { PropagationLink } from './propagationLink.js'
import { propagationModels } from './propagationModels.js'
import { resolveLinkParameters, resolvePoint, type LinkParameters } from './validateLink.js'
import { modelValidity } from './validityRanges.js'
import { prepareUmaFamily, umaFamilyConstants, type UmaFamilyConstants, type UmaFamilyPoint } from './umaFamilyFastPath.js'

/** Output arrays of {@link computePathLoss}, one value per point; the optional ones are filled when given. */
export interface PathLossKernelOutput {
  /** Linear-domain LOS/NLOS mean path loss, dB (meanPathLossDb). */
  meanDb: Float32Array
  losDb?: Float32Array
  nlosDb?: Float32Array
  losProbability?: Float32Array
  /** Shadow-fading σ of the combined link, dB (combinedShadowFadingSigmaDb). */
  sigmaDb: Float32Array
}

/**
 * Path loss of many points of one site in clamp mode: for point i, d2D = distance2dM[i] and
 * hUT = utHeightM[i] (m); carrier and BS height in `params` (GHz, m; RMa h 5 m, W 20 m by default).
 * Same numbers as evaluatePathLoss(…, { mode: 'clamp' }) and meanPathLossDb, stored as float32.
 * Allocates nothing per point (one scratch link is reused), so worker threads can run it over millions
 * of points. Non-finite d2D or hUT give NaN outputs. Returns how many points were clamped or extrapolated.
 * @throws RadioInputError when an array is shorter than `distance2dM` or a parameter is not finite.
 */
export function computePathLoss(
  model: PathLossModelName,
  params: LinkParameters,
  distance2dM: Float64Array,
  utHeightM: Float64Array,
  out: PathLossKernelOutput,
): number {
  const count = distance2dM.length
  requireLength('utHeightM', utHeightM, count)
  for (const [name, array] of Object.entries(out)) if (array !== undefined) requireLength(`out.${name}`, array as Float32Array, count)
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && !Number.isFinite(value)) throw RadioInputError.notFinite(name, value as number, model)
  }
  const link: PropagationLink = { ...resolveLinkParameters(model, params, 'clamp', null), distance2dM: 0, utHeightM: 0 }
  const propagation = propagationModels[model]
  const { meanDb, losDb, nlosDb, losProbability, sigmaDb } = out
  // UMa and UMa-AV (the default environment) take a fast path: the per-height terms hoisted, the
  // validity resolved once per height, the LOS/NLOS mean with one power and one logarithm.
  if (model === 'uma' || model === 'uma-av') return computeUmaFamily(model, link, distance2dM, utHeightM, out)
  let adjustedCount = 0
  for (let i = 0; i < count; i++) {
    if (resolvePoint(model, link, distance2dM[i] as number, utHeightM[i] as number, 'clamp', null)) adjustedCount++
    const pathLossLosDb = propagation.losPathLossDb(link)
    const pathLossNlosDb = propagation.nlosPathLossDb(link)
    const pLos = propagation.losProbability(link)
    meanDb[i] = meanPathLossDb(pathLossLosDb, pathLossNlosDb, pLos)
    sigmaDb[i] = combinedShadowFadingSigmaDb(propagation.shadowFadingLosDb(link), propagation.shadowFadingNlosDb(link), pLos)
    if (losDb !== undefined) losDb[i] = pathLossLosDb
    if (nlosDb !== undefined) nlosDb[i] = pathLossNlosDb
    if (losProbability !== undefined) losProbability[i] = pLos
  }
  return adjustedCount
}

/**
 * {@link computePathLoss} for UMa and UMa-AV. A point whose height was seen last and whose distance
 * lies within the model's validity needs no resolving: only those outside go through resolvePoint.
 */
function computeUmaFamily(model: 'uma' | 'uma-av', link: PropagationLink, distance2dM: Float64Array, utHeightM: Float64Array, out: PathLossKernelOutput): number {
  const { meanDb, losDb, nlosDb, losProbability, sigmaDb } = out
  const point: UmaFamilyPoint = { losDb: 0, nlosDb: 0, losProbability: 0, sigmaLosDb: 0, sigmaNlosDb: 0 }
  let inputHeight = Number.NaN
  let evaluate: ((distance2dM: number, out: UmaFamilyPoint) => void) | undefined
  let minimumM = 0
  let maximumM = 0
  let adjustedCount = 0
  for (let i = 0; i < distance2dM.length; i++) {
    const height = utHeightM[i] as number
    let distance = distance2dM[i] as number
    if (height !== inputHeight || evaluate === undefined) {
      resolvePoint(model, link, 100, height, 'clamp', null)
      if (link.utHeightM !== link.utHeightM) {
        // NaN height: NaN out, as the scalar path gives.
        meanDb[i] = sigmaDb[i] = Number.NaN
        if (losDb !== undefined) losDb[i] = Number.NaN
        if (nlosDb !== undefined) nlosDb[i] = Number.NaN
        if (losProbability !== undefined) losProbability[i] = Number.NaN
        adjustedCount++
        continue
      }
      evaluate = prepareUmaFamily(model === 'uma-av', link.fcGhz, link.bsHeightM, link.utHeightM)
      const range = modelValidity(model, link.utHeightM).distance2dM
      minimumM = range.minimum
      maximumM = range.maximum
      inputHeight = height
    }
    if (link.utHeightM !== height) adjustedCount++
    else if (!(distance >= minimumM && distance <= maximumM)) adjustedCount++
    if (distance < minimumM) distance = minimumM
    evaluate(distance, point)
    const los = point.losDb
    const nlos = point.nlosDb
    const pLos = point.losProbability
    // NLOS ≥ LOS (the max of Tables 7.4.1-1 and B-2), so the linear mean is LOS − 10·log10(p + (1 − p)·10^(−(NLOS − LOS)/10)).
    meanDb[i] = los - 10 * Math.log10(pLos + (1 - pLos) * Math.exp((los - nlos) * dbToLinear))
    sigmaDb[i] = Math.sqrt(pLos * point.sigmaLosDb * point.sigmaLosDb + (1 - pLos) * point.sigmaNlosDb * point.sigmaNlosDb)
    if (losDb !== undefined) losDb[i] = los
    if (nlosDb !== undefined) nlosDb[i] = nlos
    if (losProbability !== undefined) losProbability[i] = pLos
  }
  return adjustedCount
}

/** What a kernel needs to evaluate UMa / UMa-AV for one site and one UT height itself. */
export interface UmaFamilyHeightConstants {
  constants: UmaFamilyConstants
  /** The model's lower d2D limit, m: shorter distances are evaluated there (clamp mode). */
  minimumDistance2dM: number
}

/**
 * The distance-independent terms of `model` (UMa or UMa-AV) for a site (`params`: fc in GHz, hBS in
 * m) and a UT height in m, resolved in clamp mode exactly as {@link computePathLoss} resolves them
 * (fc, hBS and hUT moved to their limits): for kernels that evaluate many points at one height.
 * Null for another model or a NaN height (computePathLoss gives NaN there).
 */
export function umaFamilyHeightConstants(model: PathLossModelName, params: LinkParameters, utHeightM: number): UmaFamilyHeightConstants | null {
  if ((model !== 'uma' && model !== 'uma-av') || Number.isNaN(utHeightM)) return null
  const link: PropagationLink = { ...resolveLinkParameters(model, params, 'clamp', null), distance2dM: 0, utHeightM: 0 }
  resolvePoint(model, link, 100, utHeightM, 'clamp', null)
  return {
    constants: umaFamilyConstants(model === 'uma-av', link.fcGhz, link.bsHeightM, link.utHeightM),
    minimumDistance2dM: modelValidity(model, link.utHeightM).distance2dM.minimum,
  }
}

/** 10^(x/10) = e^(x · ln10/10): Math.exp is cheaper than a general power in V8. */
const dbToLinear = Math.LN10 / 10

function requireLength(argument: string, array: Float32Array | Float64Array, count: number): void {
  if (array.length < count) {
    throw new RadioInputError(argument, `${argument} must hold at least ${count} values (one per distance2dM), not ${array.length}`)
  }
}
