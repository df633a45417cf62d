import { detectDegradation, type DegradationOptions, type DegradationResult } from './detectDegradation.js'
import { median } from './trailingBaseline.js'

/** One timed value of a metric of one cell. */
export interface TimedValue {
  timeMs: number
  value: number
}

/** The area series: one point per time bucket, and the degradation found on it. */
export interface AreaDegradation extends DegradationResult {
  /** Start of each bucket, ms since the epoch, ascending. */
  bucketStartMs: number[]
  /** Median over the area's cells of each cell's median in the bucket, in the metric's unit. */
  values: number[]
  /** Cells that reported in each bucket. */
  cellCounts: number[]
}

/**
 * Change detection for an area (all its cells together): the metric is bucketed in time, each
 * cell's bucket reduced to its median, and the area's point is the median over cells, so that one
 * cell with many rows or one broken cell does not decide the area. Then detectDegradation on that
 * series. Buckets where no cell reported are left out.
 */
export function detectAreaDegradation(seriesByCell: ReadonlyMap<string, readonly TimedValue[]>, bucketMs: number, options: DegradationOptions = {}): AreaDegradation {
  if (!(Number.isFinite(bucketMs) && bucketMs > 0)) throw new RangeError(`bucketMs must be a positive number of milliseconds, not ${bucketMs}`)
  const buckets = new Map<number, Map<string, number[]>>()
  for (const [cell, series] of seriesByCell) {
    for (const { timeMs, value } of series) {
      if (!Number.isFinite(value)) continue
      const start = Math.floor(timeMs / bucketMs) * bucketMs
      const cells = buckets.get(start) ?? new Map<string, number[]>()
      cells.set(cell, [...(cells.get(cell) ?? []), value])
      buckets.set(start, cells)
    }
  }
  const bucketStartMs = [...buckets.keys()].sort((a, b) => a - b)
  const values = bucketStartMs.map((start) => median([...(buckets.get(start) as Map<string, number[]>).values()].map(median)))
  const cellCounts = bucketStartMs.map((start) => (buckets.get(start) as Map<string, number[]>).size)
  return { bucketStartMs, values, cellCounts, ...detectDegradation(values, options) }
}
