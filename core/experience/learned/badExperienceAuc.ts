import type { BadDirection } from '../../api/schemas/experienceModelSchemas.js'
import { isBadValue } from '../kqiBadThresholds.js'

/**
 * Area under the ROC curve of a predicted KQI used as a score for "bad experience": the chance that
 * a randomly drawn bad row (actual on the bad side of `threshold`, strictly) is predicted worse than
 * a randomly drawn good one, ties counting one half (Mann–Whitney U / (n_bad · n_good), with
 * mid-ranks for tied predictions). Worse means lower for direction 'lower' (rates), higher for
 * 'higher' (delays). 0.5 is a guess, 1 a perfect ranking. Null when the rows hold only one class.
 */
export function badExperienceAuc(actual: ArrayLike<number>, predicted: ArrayLike<number>, threshold: number, direction: BadDirection): number | null {
  if (actual.length !== predicted.length) throw new RangeError(`actual and predicted must have the same length, not ${actual.length} and ${predicted.length}`)
  const n = actual.length
  // Higher score = predicted worse.
  const score = Float64Array.from({ length: n }, (_, i) => (direction === 'lower' ? -predicted[i]! : predicted[i]!))
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a]! - score[b]!)
  let badCount = 0
  let badRankSum = 0
  for (let start = 0; start < n; ) {
    let end = start + 1
    while (end < n && score[order[end]!] === score[order[start]!]) end++
    const midRank = (start + 1 + end) / 2 // ranks start+1 … end, averaged over the tie
    for (let k = start; k < end; k++) {
      if (isBadValue(actual[order[k]!]!, threshold, direction)) {
        badCount++
        badRankSum += midRank
      }
    }
    start = end
  }
  const goodCount = n - badCount
  if (badCount === 0 || goodCount === 0) return null
  return (badRankSum - (badCount * (badCount + 1)) / 2) / (badCount * goodCount)
}
