import { RadioInputError } from '../radioInputError.js'
import { combinedShadowFadingSigmaDb, meanPathLossDb } from './pathLossModel.js'
import type { PathLossModelName } from './pathLossModelName.js'
import type { PropagationLink } from './propagationLink.js'
import { propagationModels } from './propagationModels.js'
import { resolveLinkParameters, resolvePoint, type LinkParameters } from './validateLink.js'

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

function requireLength(argument: string, array: Float32Array | Float64Array, count: number): void {
  if (array.length < count) {
    throw new RadioInputError(argument, `${argument} must hold at least ${count} values (one per distance2dM), not ${array.length}`)
  }
}
