/**
 * Robust baseline of a metric series: the median and the MAD (median absolute deviation) of a
 * trailing window. Median and MAD, unlike mean and standard deviation, are not dragged by the very
 * outliers and degradations the detector is looking for (breakdown point 50 %).
 */

/** Scale that turns a MAD into a standard deviation for normal noise: 1 / Φ⁻¹(3/4). */
export const madToSigma = 1.4826

/** Median and MAD of a window of values. */
export interface RobustLevel {
  median: number
  mad: number
}

/** Median of finite values (NaN for none); does not modify its argument. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  const n = sorted.length
  if (n === 0) return Number.NaN
  const mid = Math.floor(n / 2)
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Median and MAD of the values (both NaN when there are none). */
export function robustLevel(values: readonly number[]): RobustLevel {
  const centre = median(values)
  return { median: centre, mad: median(values.map((v) => Math.abs(v - centre))) }
}

/**
 * The baseline before each point: median and MAD of the `windowSize` values before index i
 * (fewer at the start; NaN at i = 0). The point itself is never part of its own baseline.
 */
export function trailingBaseline(values: readonly number[], windowSize: number): RobustLevel[] {
  if (!Number.isInteger(windowSize) || windowSize < 3) throw new RangeError(`windowSize must be a whole number ≥ 3, not ${windowSize}`)
  return values.map((_, i) => robustLevel(values.slice(Math.max(0, i - windowSize), i)))
}
