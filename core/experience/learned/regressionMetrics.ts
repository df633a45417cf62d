/**
 * Hold-out accuracy measures of a regression, in the target's unit. Each takes the actual and the
 * predicted values of the same rows (equal lengths, at least one row).
 */

/** Mean absolute error. */
export function meanAbsoluteError(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPairs(actual, predicted)
  let sum = 0
  for (let i = 0; i < actual.length; i++) sum += Math.abs(actual[i]! - predicted[i]!)
  return sum / actual.length
}

/** Root-mean-square error. */
export function rootMeanSquareError(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPairs(actual, predicted)
  let sum = 0
  for (let i = 0; i < actual.length; i++) sum += (actual[i]! - predicted[i]!) ** 2
  return Math.sqrt(sum / actual.length)
}

/**
 * Coefficient of determination R² = 1 − SS_res / SS_tot, SS_tot around the mean of `actual` itself:
 * a constant prediction scores ≤ 0 (0 only when it equals that mean), so a baseline fitted on other
 * rows scores honestly below 0. A constant `actual` (R² undefined) gives 1 for an exact prediction and
 * 0 otherwise, as scikit-learn's r2_score does (force_finite): the value must survive JSON.
 */
export function coefficientOfDetermination(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPairs(actual, predicted)
  let mean = 0
  for (let i = 0; i < actual.length; i++) mean += actual[i]!
  mean /= actual.length
  let residual = 0
  let total = 0
  for (let i = 0; i < actual.length; i++) {
    residual += (actual[i]! - predicted[i]!) ** 2
    total += (actual[i]! - mean) ** 2
  }
  if (total === 0) return residual === 0 ? 1 : 0
  return 1 - residual / total
}

/** Median (mean of the two middle values for an even count); NaN when empty. */
export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort()
  const n = sorted.length
  if (n === 0) return Number.NaN
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
}

/** Arithmetic mean; NaN when empty. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  return values.length === 0 ? Number.NaN : sum / values.length
}

function checkPairs(actual: ArrayLike<number>, predicted: ArrayLike<number>): void {
  if (actual.length !== predicted.length) throw new RangeError(`actual and predicted must have the same length, not ${actual.length} and ${predicted.length}`)
  if (actual.length === 0) throw new RangeError('actual must hold at least one value')
}
