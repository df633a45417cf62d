import type { ProjectDb } from '../../db/openProjectDb.js'
import type { AreaDegradationPeriod } from './demarcateProblem.js'
import { detectAreaDegradation, type AreaDegradation, type TimedValue } from './detectAreaDegradation.js'
import type { DegradationOptions } from './detectDegradation.js'
import type { AreaLocator, ExperienceArea } from './experienceAreas.js'
import { forEachSample } from './readCellExperience.js'

/**
 * Time bucket of the area series, ms. Default 1000: drive tests log about once a second, and
 * detectDegradation's defaults (a 120-point baseline, 60 points before any alarm) are set for 1 s
 * points. Larger buckets smooth more but leave most areas of a drive test (a few minutes of
 * driving each) short of the 60 baseline points, so that they are never tested.
 */
export const defaultAreaBucketMs = 1000

/**
 * A degraded period is cut where the area was not measured for longer than this, ms (default 10
 * min). The baseline rightly spans visits (a drive test passes an area again days later and is
 * compared with the earlier passes), but a drop reported "from 16 December to 13 February" because
 * two visits were both slow would claim weeks nobody measured.
 */
export const defaultAreaMaxGapMs = 10 * 60_000

/** The [start, end] index runs of buckets start…end with no gap between neighbours longer than maxGapMs. */
export function splitAtGaps(bucketStartMs: readonly number[], startIndex: number, endIndex: number, maxGapMs: number): [number, number][] {
  const runs: [number, number][] = []
  let runStart = startIndex
  for (let i = startIndex + 1; i <= endIndex; i++) {
    if ((bucketStartMs[i] as number) - (bucketStartMs[i - 1] as number) > maxGapMs) {
      runs.push([runStart, i - 1])
      runStart = i
    }
  }
  runs.push([runStart, endIndex])
  return runs
}

/** Change detection on a bucketed time series: the bucket, the gap that cuts a period, the detector's settings. */
export interface SeriesDegradationOptions {
  /** Time bucket of the series, ms; default defaultAreaBucketMs (1000). */
  bucketMs?: number
  /** Longest unmeasured stretch inside one reported period, ms; default defaultAreaMaxGapMs (10 min). */
  maxGapMs?: number
  /** Passed to detectDegradation; the direction comes from the metric (an area's DL rate: 'lower'). */
  detection?: Omit<DegradationOptions, 'worse'>
}

/** Change detection of the reported areas (their series is the DL rate, worse when lower). */
export type AreaDegradationOptions = SeriesDegradationOptions

/** The bucket and gap of the options with their defaults; a bad one throws, named under `option` (e.g. 'areaDegradation'). */
export function checkSeriesOptions(options: SeriesDegradationOptions, option: string): { bucketMs: number; maxGapMs: number } {
  const bucketMs = options.bucketMs ?? defaultAreaBucketMs
  if (!(Number.isFinite(bucketMs) && bucketMs > 0)) throw new RangeError(`${option}.bucketMs must be a positive number of milliseconds, not ${bucketMs}`)
  const maxGapMs = options.maxGapMs ?? defaultAreaMaxGapMs
  if (!(maxGapMs >= bucketMs)) throw new RangeError(`${option}.maxGapMs must be at least the bucket (${bucketMs} ms), not ${maxGapMs}`)
  return { bucketMs, maxGapMs }
}

/** A degraded period of a bucketed series in time, with the bucket indexes it spans (inclusive). */
export interface TimedPeriod {
  startIndex: number
  endIndex: number
  /** Start of the first degraded bucket; end of the last one, inclusive; ms since the epoch. */
  startTimeMs: number
  endTimeMs: number
  /** Median of the series before the period, in the metric's unit. */
  baselineMedian: number
  /** The period's worst z; a piece cut off at a gap keeps it (detectDegradation scores whole periods). */
  worstZ: number
}

/** The degraded periods of a bucketed series (detectAreaDegradation) in time, each cut at the unmeasured gaps longer than maxGapMs. */
export function periodsInTime(found: AreaDegradation, bucketMs: number, maxGapMs: number): TimedPeriod[] {
  return found.periods.flatMap((p) =>
    splitAtGaps(found.bucketStartMs, p.startIndex, p.endIndex, maxGapMs).map(([start, end]) => ({
      startIndex: start,
      endIndex: end,
      startTimeMs: found.bucketStartMs[start] as number,
      endTimeMs: (found.bucketStartMs[end] as number) + bucketMs - 1,
      baselineMedian: p.baseline.median,
      worstZ: p.peakZ,
    })),
  )
}

/** Key of the series of samples without a serving cell: they still count towards their area. */
const noCell = '(no serving cell)'

/**
 * Change detection per area: the drive-test DL rate of each wanted area, bucketed in time with the
 * median over its serving cells (detectAreaDegradation), then the periods when it dropped, in
 * time. One pass over the samples; only the wanted areas keep their series.
 */
export function readAreaDegradations(
  db: ProjectDb,
  locator: AreaLocator,
  wanted: ReadonlySet<ExperienceArea>,
  options: AreaDegradationOptions = {},
): Map<ExperienceArea, AreaDegradationPeriod[]> {
  const { bucketMs, maxGapMs } = checkSeriesOptions(options, 'areaDegradation')
  const series = new Map<ExperienceArea, Map<string, TimedValue[]>>()
  if (wanted.size > 0) {
    forEachSample(db, (cell, m) => {
      if (m.timeMs === null || m.throughputMbps === null || m.lon === null || m.lat === null) return
      const area = locator.locate(m.lon, m.lat)
      if (area === null || !wanted.has(area)) return
      const byCell = series.get(area) ?? new Map<string, TimedValue[]>()
      series.set(area, byCell)
      const key = cell ?? noCell
      const list = byCell.get(key)
      if (list === undefined) byCell.set(key, [{ timeMs: m.timeMs, value: m.throughputMbps }])
      else list.push({ timeMs: m.timeMs, value: m.throughputMbps })
    })
  }
  const result = new Map<ExperienceArea, AreaDegradationPeriod[]>()
  for (const area of wanted) {
    const found = detectAreaDegradation(series.get(area) ?? new Map(), bucketMs, { ...options.detection, worse: 'lower' })
    result.set(
      area,
      periodsInTime(found, bucketMs, maxGapMs).map(({ startIndex, endIndex, ...period }) => ({
        metric: 'dlMbps' as const,
        ...period,
        maxCellsReporting: Math.max(...found.cellCounts.slice(startIndex, endIndex + 1)),
      })),
    )
  }
  return result
}
