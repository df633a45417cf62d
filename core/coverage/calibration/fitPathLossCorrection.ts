import type { PathLossCorrection } from '../coverageScene.js'

/**
 * Fewer samples than this in a layer: fit the offset only. A slope from a handful of drive-test
 * points follows the shadowing of those points, not the environment (planning choice).
 */
export const minimumSamplesForSlope = 30

/**
 * Standard deviation of log10(d3D) below this, in decades: fit the offset only. Samples all at about
 * one distance cannot tell a slope from an offset; 0.1 decade is a spread of roughly ×0.8…×1.25
 * around the mean distance (planning choice).
 */
export const minimumLogDistanceSpreadDecades = 0.1

/**
 * Distances below this are taken as this in the correction, m: the lower d2D limit of the TR 38.901
 * and TR 36.777 models (radio-models.md §1.2), and the clamp computeCoverageTile applies.
 */
export const correctionMinimumDistanceM = 10

/** Why a layer got an offset and no slope; null when both were fitted. */
export type OffsetOnlyReason = 'too-few-samples' | 'too-little-distance-spread'

/** Mean error, RMSE and σ of residuals, dB. RMSE² = ME² + σ² (σ is the population standard deviation). */
export interface ErrorFigures {
  meDb: number
  rmseDb: number
  sigmaDb: number
}

/** A fitted correction with the errors of the predicted RSRP before and after it. */
export interface PathLossFit extends PathLossCorrection {
  samples: number
  /** Why the slope was not fitted (it is then 0), or null. */
  offsetOnly: OffsetOnlyReason | null
  meBeforeDb: number
  rmseBeforeDb: number
  sigmaBeforeDb: number
  meAfterDb: number
  rmseAfterDb: number
  sigmaAfterDb: number
  /** Per sample, measured − corrected predicted RSRP, dB. */
  afterDb: Float64Array
}

/** The abscissa of the fit: log10(max(d3D, 10 m) / 1 km), decades. */
export function logDistanceDecades(distance3dM: number): number {
  return Math.log10(Math.max(distance3dM, correctionMinimumDistanceM) / 1000)
}

/**
 * ΔPL of a correction at a 3D distance, dB: offset + slope · log10(d3D / 1 km), with d3D at least
 * 10 m (as computeCoverageTile applies it). Positive ΔPL = more path loss = weaker predicted RSRP.
 */
export function pathLossCorrectionDb(correction: PathLossCorrection, distance3dM: number): number {
  return correction.offsetDb + correction.slopeDbPerDecade * logDistanceDecades(distance3dM)
}

/** ME, RMSE and σ of residuals (dB); NaN for none. */
export function errorFigures(residualDb: ArrayLike<number>): ErrorFigures {
  const n = residualDb.length
  let sum = 0
  let sumSquares = 0
  for (let i = 0; i < n; i++) {
    const r = residualDb[i] as number
    sum += r
    sumSquares += r * r
  }
  const meDb = sum / n
  const rmseDb = Math.sqrt(sumSquares / n)
  // σ from the centred sum, not RMSE² − ME², which cancels badly when ME dominates.
  let centred = 0
  for (let i = 0; i < n; i++) centred += ((residualDb[i] as number) - meDb) ** 2
  return { meDb, rmseDb, sigmaDb: Math.sqrt(centred / n) }
}

/**
 * Least-squares fit of a path-loss correction ΔPL(d) = offset + slope · log10(d3D / 1 km) to the
 * residuals of predicted RSRP. The fit is of y = −residual = PL_measured − PL_predicted on
 * x = log10(d3D / 1 km); the corrected prediction is predicted − ΔPL(d), so each residual becomes
 * residual + ΔPL(d) and the mean error after is 0.
 *
 * With fewer than {@link minimumSamplesForSlope} samples, or log-distances spread less than
 * {@link minimumLogDistanceSpreadDecades}, only the offset is fitted (slope 0) and `offsetOnly` says why.
 *
 * @param distance3dM per sample, the 3D distance to the serving antenna, m (below 10 m taken as 10 m)
 * @param residualDb per sample, measured − predicted RSRP, dB (equivalently predicted − measured path loss)
 * @throws RangeError naming the argument for no samples, unequal lengths or a value that is not finite
 */
export function fitPathLossCorrection(distance3dM: ArrayLike<number>, residualDb: ArrayLike<number>): PathLossFit {
  const n = residualDb.length
  if (n === 0) throw new RangeError('residualDb must hold at least one sample, not 0')
  if (distance3dM.length !== n) throw new RangeError(`distance3dM must hold one distance per residual (${n}), not ${distance3dM.length}`)
  const x = new Float64Array(n)
  let meanX = 0
  let meanY = 0
  for (let i = 0; i < n; i++) {
    const d = distance3dM[i] as number
    const r = residualDb[i] as number
    if (!(d >= 0) || !Number.isFinite(d)) throw new RangeError(`distance3dM[${i}] must be a finite distance ≥ 0 m, not ${d}`)
    if (!Number.isFinite(r)) throw new RangeError(`residualDb[${i}] must be a finite number of dB, not ${r}`)
    x[i] = logDistanceDecades(d)
    meanX += x[i] as number
    meanY -= r
  }
  meanX /= n
  meanY /= n
  let sxx = 0
  let sxy = 0
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - meanX
    sxx += dx * dx
    sxy += dx * (-(residualDb[i] as number) - meanY)
  }
  const spreadDecades = Math.sqrt(sxx / n)
  const offsetOnly: OffsetOnlyReason | null =
    n < minimumSamplesForSlope ? 'too-few-samples' : spreadDecades < minimumLogDistanceSpreadDecades ? 'too-little-distance-spread' : null
  const slopeDbPerDecade = offsetOnly === null ? sxy / sxx : 0
  const offsetDb = meanY - slopeDbPerDecade * meanX

  const afterDb = new Float64Array(n)
  for (let i = 0; i < n; i++) afterDb[i] = (residualDb[i] as number) + offsetDb + slopeDbPerDecade * (x[i] as number)
  const before = errorFigures(residualDb)
  const after = errorFigures(afterDb)
  return {
    offsetDb,
    slopeDbPerDecade,
    samples: n,
    offsetOnly,
    meBeforeDb: before.meDb,
    rmseBeforeDb: before.rmseDb,
    sigmaBeforeDb: before.sigmaDb,
    meAfterDb: after.meDb,
    rmseAfterDb: after.rmseDb,
    sigmaAfterDb: after.sigmaDb,
    afterDb,
  }
}
