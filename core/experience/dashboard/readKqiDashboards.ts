import type { KqiDashboard, KqiInfo } from '../../api/schemas/experienceModelSchemas.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { KqiDatasetRefusal } from '../learned/buildKqiDataset.js'
import { isBadValue, quantileOfSorted } from '../kqiBadThresholds.js'
import { listKqis } from '../learned/listKqis.js'
import { projectKqiNames } from '../learned/projectKqiNames.js'
import { isSampleKqi } from '../learned/sampleKqiRows.js'
import { defaultMaxSeriesPoints, downsampleSeries } from './downsampleSeries.js'
import { defaultHistogramBins, kqiHistogram } from './kqiHistogram.js'
import { readAppKqiValues, readSampleKqiValues, type KqiValues } from './readKqiValues.js'
import { groupMedians, telltaleGrouping, type KqiGrouping } from './telltaleGrouping.js'

export interface KqiDashboardParams {
  /** Only this KQI; every KQI of the project when absent. */
  kqi?: string
  /** Histogram bins. Default 30. */
  bins?: number
  /** Series points at most (bucket means beyond). Default 600. */
  maxSeriesPoints?: number
}

/**
 * The dashboards of the project's KQIs (listKqis), or of one: mean, 5th/50th/95th percentiles,
 * histogram (kqiHistogram: p1…p99 with the tails in the end bins), the series in time, sequence or row
 * order downsampled by bucket means (downsampleSeries), the share on the bad side of the KQI's
 * threshold, and the median per level of the most telling grouping — technology for drive-test KQIs,
 * for app KQIs the test condition with 2–12 levels whose medians differ most (telltaleGrouping).
 * Throws KqiDatasetRefusal for a KQI the project does not have (naming those it has).
 */
export function readKqiDashboards(db: ProjectDb, params: KqiDashboardParams = {}): KqiDashboard[] {
  const bins = params.bins ?? defaultHistogramBins
  const maxSeriesPoints = params.maxSeriesPoints ?? defaultMaxSeriesPoints
  const infos = listKqis(db).filter((info) => params.kqi === undefined || info.name === params.kqi)
  if (params.kqi !== undefined && infos.length === 0) {
    const names = projectKqiNames(db)
    throw new KqiDatasetRefusal(params.kqi, `unknown KQI "${params.kqi}": the project has ${names.length === 0 ? 'no KQIs' : names.join(', ')}`)
  }
  return infos.map((info) => kqiDashboard(info, readValues(db, info), bins, maxSeriesPoints))
}

function readValues(db: ProjectDb, info: KqiInfo): KqiValues {
  const { name } = info
  return info.source === 'samples' && isSampleKqi(name) ? readSampleKqiValues(db, { ...info, name }) : readAppKqiValues(db, info)
}

/**
 * The dashboard of one KQI from its values (see readKqiDashboards). When the values are an even
 * thinning (read.aggregate set), count, mean and bad share are the exact aggregates and the histogram's
 * counts are scaled to the count (largest remainders, so that they still sum to it).
 */
export function kqiDashboard(info: KqiInfo, read: KqiValues, bins: number, maxSeriesPoints: number): KqiDashboard {
  const sorted = Float64Array.from(read.values).sort()
  const n = sorted.length
  const stat = (q: number): number | null => (n === 0 ? null : quantileOfSorted(sorted, q))
  let sum = 0
  let bad = 0
  for (const v of sorted) {
    sum += v
    if (isBadValue(v, info.badThreshold, info.badDirection)) bad++
  }
  const { count, mean, badCount } = read.aggregate ?? { count: n, mean: sum / n, badCount: bad }
  const histogram = kqiHistogram(sorted, bins)
  const p50 = stat(0.5)
  return {
    ...info,
    meanValue: count === 0 ? null : mean,
    p5: stat(0.05),
    p50,
    p95: stat(0.95),
    badShare: count === 0 ? 0 : badCount / count,
    histogram: read.aggregate === null ? histogram : { ...histogram, counts: scaleCounts(histogram.counts, count) },
    series: { kind: read.seriesKind, ...downsampleSeries(read.x, read.values, maxSeriesPoints) },
    groups: grouping(info, read, p50 ?? 0),
  }
}

/** Counts scaled to sum to `total`: floors of the proportional shares, the remainder to the largest fractions. */
export function scaleCounts(counts: readonly number[], total: number): number[] {
  const sum = counts.reduce((a, b) => a + b, 0)
  if (sum === 0) return counts.map(() => 0)
  const exact = counts.map((c) => (c * total) / sum)
  const scaled = exact.map(Math.floor)
  let left = total - scaled.reduce((a, b) => a + b, 0)
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (left-- <= 0) break
    scaled[i] = (scaled[i] as number) + 1
  }
  return scaled
}

function grouping(info: KqiInfo, read: KqiValues, overallMedian: number): KqiGrouping {
  if (info.source === 'samples') {
    const technology = read.fields.get('technology')
    const levels = technology === undefined ? [] : groupMedians(read.values, technology)
    return levels.length === 0 ? { by: null, levels: [] } : { by: 'technology', levels }
  }
  return telltaleGrouping(read.values, overallMedian, read.fields)
}
