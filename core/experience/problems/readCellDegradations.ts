import type { ProjectDb } from '../../db/openProjectDb.js'
import { kqiBadRule } from '../kqiBadThresholds.js'
import type { CellDegradationPeriod } from './demarcateProblem.js'
import { detectAreaDegradation, type TimedValue } from './detectAreaDegradation.js'
import type { WorseDirection } from './detectDegradation.js'
import { checkSeriesOptions, periodsInTime, type SeriesDegradationOptions } from './readAreaDegradations.js'
import { forEachSample } from './readCellExperience.js'

/**
 * Change detection of the reported cells: the same bucket (default 1 s), gap (default 10 min) and
 * detector settings as the areas' (defaultAreaBucketMs, defaultAreaMaxGapMs, detectDegradation's
 * defaults); the direction comes from each series' metric.
 */
export type CellDegradationOptions = SeriesDegradationOptions

/** The metric name of a cell's drive-test DL-rate series (samples.dl_mbps), as the KQI lists name it. */
export const cellDlRateMetric = 'dlMbps'

/**
 * Which way a cell's series gets worse: the DL rate when lower; a KQI as the learned models judge it
 * (kqiBadRule: its fixed rule, else its name: times, delays, RTT, losses and failures when higher,
 * rates and scores when lower).
 */
export function cellSeriesWorse(metric: string): WorseDirection {
  return metric === cellDlRateMetric ? 'lower' : kqiBadRule(metric).direction
}

type SeriesByMetric = Map<string, TimedValue[]>

function push(series: Map<string, SeriesByMetric>, cell: string, metric: string, point: TimedValue): void {
  let byMetric = series.get(cell)
  if (byMetric === undefined) series.set(cell, (byMetric = new Map()))
  const list = byMetric.get(metric)
  if (list === undefined) byMetric.set(metric, [point])
  else list.push(point)
}

/** The timed series of the wanted cells: one streaming pass over the samples, one over the KQI values; other cells keep nothing. */
function readCellSeries(db: ProjectDb, wanted: ReadonlySet<string>): Map<string, SeriesByMetric> {
  const series = new Map<string, SeriesByMetric>()
  if (wanted.size === 0) return series
  forEachSample(db, (cell, m) => {
    if (cell === null || m.timeMs === null || m.throughputMbps === null || !wanted.has(cell)) return
    push(series, cell, cellDlRateMetric, { timeMs: m.timeMs, value: m.throughputMbps })
  })
  const kqis = db
    .prepare('SELECT cell, kqi, time_ms, value FROM kqi_values WHERE cell IS NOT NULL AND time_ms IS NOT NULL')
    .raw()
    .iterate() as IterableIterator<[string, string, number, number]>
  for (const [cell, kqi, timeMs, value] of kqis) if (wanted.has(cell)) push(series, cell, kqi, { timeMs, value })
  return series
}

/**
 * Change detection per cell, on the cell's own experience series: the drive-test DL rate of the
 * samples it served and each timed KQI that names it, bucketed in time (the median of a bucket's
 * values, detectAreaDegradation with the cell as its only member), then the periods when a series
 * got worse (detectDegradation, direction by cellSeriesWorse), cut where the cell was not measured
 * for longer than maxGapMs. Only the wanted cells are read. Periods in time order, then by metric;
 * a series too short for a baseline (60 buckets by default) gives none.
 */
export function readCellDegradations(db: ProjectDb, wanted: ReadonlySet<string>, options: CellDegradationOptions = {}): Map<string, CellDegradationPeriod[]> {
  const { bucketMs, maxGapMs } = checkSeriesOptions(options, 'cellDegradation')
  const series = readCellSeries(db, wanted)
  const result = new Map<string, CellDegradationPeriod[]>()
  for (const cell of wanted) {
    const periods: CellDegradationPeriod[] = []
    for (const [metric, values] of series.get(cell) ?? []) {
      const worse = cellSeriesWorse(metric)
      const found = detectAreaDegradation(new Map([[cell, values]]), bucketMs, { ...options.detection, worse })
      for (const { startTimeMs, endTimeMs, baselineMedian, worstZ } of periodsInTime(found, bucketMs, maxGapMs)) {
        periods.push({ metric, worse, startTimeMs, endTimeMs, baselineMedian, worstZ })
      }
    }
    result.set(cell, periods.sort((a, b) => a.startTimeMs - b.startTimeMs || a.metric.localeCompare(b.metric)))
  }
  return result
}
