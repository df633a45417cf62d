import type { CoverageLayerSummary } from '../api/schemas/coverageSchemas.js'
import type { SceneCell } from './coverageScene.js'

/** The finite values in ascending order: sort once, then read any number of quantiles. */
export const sortedFinite = (values: Float32Array): Float32Array => values.filter((v) => Number.isFinite(v)).sort()

/** The q-quantile (0…1) of ascending finite values, by nearest rank; NaN when there are none. */
export function quantileOfSorted(sorted: Float32Array, q: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number
}


const round = (value: number, digits = 2): number => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : Number.NaN)

/** Figures of one layer: coverage share, mean coverage probability, percentiles and serving cells. */
export function summariseLayer(
  altitudeM: number,
  columns: { bestCell: Int32Array; rsrpDbm: Float32Array; dlSinrDb: Float32Array; ulSinrDb: Float32Array; dlMbps: Float32Array; ulMbps: Float32Array; coverageProbability: Float32Array },
  cells: readonly SceneCell[],
  rsrpThresholdDbm: number,
): CoverageLayerSummary {
  const n = columns.rsrpDbm.length
  let covered = 0
  let probabilitySum = 0
  const served = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    if ((columns.rsrpDbm[i] as number) >= rsrpThresholdDbm) covered++
    probabilitySum += columns.coverageProbability[i] as number
    const c = columns.bestCell[i] as number
    if (c >= 0) served.set(c, (served.get(c) ?? 0) + 1)
  }
  const pair = (values: Float32Array): { p5: number; median: number } => {
    const sorted = sortedFinite(values)
    return { p5: round(quantileOfSorted(sorted, 0.05)), median: round(quantileOfSorted(sorted, 0.5)) }
  }
  const rsrp = sortedFinite(columns.rsrpDbm)
  return {
    altitudeM,
    points: n,
    coveredShare: n === 0 ? 0 : round(covered / n, 4),
    meanCoverageProbability: n === 0 ? 0 : round(probabilitySum / n, 4),
    rsrpDbm: { p5: round(quantileOfSorted(rsrp, 0.05)), median: round(quantileOfSorted(rsrp, 0.5)), p95: round(quantileOfSorted(rsrp, 0.95)) },
    dlSinrDb: pair(columns.dlSinrDb),
    ulSinrDb: pair(columns.ulSinrDb),
    dlMbps: pair(columns.dlMbps),
    ulMbps: pair(columns.ulMbps),
    servingCells: [...served]
      .sort((a, b) => b[1] - a[1])
      .map(([c, points]) => ({ cellId: (cells[c] as SceneCell).id, name: (cells[c] as SceneCell).name, points })),
  }
}
