/**
 * Positions 0…count−1 thinned to at most `maxCount`, evenly spaced and in order (all of them when
 * count ≤ maxCount): position ⌊i·count/maxCount⌋ for i = 0…maxCount−1.
 */
export function thinPositions(count: number, maxCount: number): Int32Array {
  if (!Number.isInteger(maxCount) || maxCount < 1) throw new RangeError(`maxCount must be a whole number ≥ 1, not ${maxCount}`)
  if (count <= maxCount) return Int32Array.from({ length: count }, (_, i) => i)
  return Int32Array.from({ length: maxCount }, (_, i) => Math.floor((i * count) / maxCount))
}

export interface HoldoutExampleCounts {
  /** The worst-predicted rows (largest |actual − predicted|). Default 10. */
  worst?: number
  /** Rows evenly spaced over the rest of the hold-out, in its order. Default 10. */
  typical?: number
}

/**
 * Which hold-out predictions to explain: the worst-predicted ones (largest absolute error, worst
 * first), where a user looks for what the model missed, and evenly spaced others, which show how it
 * usually reasons. Returns positions into `actual`/`predicted`, no position twice.
 */
export function selectHoldoutExamples(actual: ArrayLike<number>, predicted: ArrayLike<number>, counts: HoldoutExampleCounts = {}): number[] {
  if (actual.length !== predicted.length) throw new RangeError(`actual and predicted must have the same length, not ${actual.length} and ${predicted.length}`)
  const worstCount = Math.min(actual.length, counts.worst ?? 10)
  const byError = Array.from({ length: actual.length }, (_, i) => i).sort((a, b) => Math.abs(actual[b]! - predicted[b]!) - Math.abs(actual[a]! - predicted[a]!) || a - b)
  const worst = byError.slice(0, worstCount)
  const taken = new Set(worst)
  const rest = Array.from({ length: actual.length }, (_, i) => i).filter((i) => !taken.has(i))
  const typicalCount = counts.typical ?? 10
  const typical = typicalCount > 0 ? Array.from(thinPositions(rest.length, typicalCount), (k) => rest[k]!) : []
  return [...worst, ...typical]
}
