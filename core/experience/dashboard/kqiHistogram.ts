import { quantileOfSorted } from '../kqiBadThresholds.js'

/** Default number of histogram bins of a KQI dashboard. */
export const defaultHistogramBins = 30

/** Bins, as KqiDashboard.histogram: counts[i] values in [edges[i], edges[i+1]), the last bin closed. */
export interface KqiHistogram {
  edges: number[]
  counts: number[]
}

/**
 * Histogram of ascending finite values in `bins` bins of equal width between the 1st and 99th
 * percentiles, except that the first bin starts at the minimum and the last ends at the maximum: the
 * 1 % tails on each side stay counted (every value is in a bin, the counts sum to the count) without
 * one outlier stretching the axis so that every other value lands in one bar. A chart may draw the
 * two end bins at the width of the others. Values all equal give one bin [v − 0.5, v + 0.5]; none give no bins.
 */
export function kqiHistogram(sorted: Float64Array, bins = defaultHistogramBins): KqiHistogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive integer, not ${bins}`)
  const n = sorted.length
  if (n === 0) return { edges: [], counts: [] }
  const min = sorted[0] as number
  const max = sorted[n - 1] as number
  if (min === max) return { edges: [min - 0.5, min + 0.5], counts: [n] }
  let lo = quantileOfSorted(sorted, 0.01)
  let hi = quantileOfSorted(sorted, 0.99)
  // Most values equal (a rate of 0 on 99 % of samples): the percentiles meet, fall back to the full range.
  if (!(hi > lo)) [lo, hi] = [min, max]
  const width = (hi - lo) / bins
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width)
  edges[0] = min
  edges[bins] = max
  const counts = new Array<number>(bins).fill(0)
  for (const v of sorted) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)))
    counts[i] = (counts[i] as number) + 1
  }
  return { edges, counts }
}
