import type { CellAccumulator } from './accumulateExperience.js'
import type { CellEvidence, KpiDegradation } from './demarcateProblem.js'
import { serverKqiThresholds } from './readCellExperience.js'
import { median } from './trailingBaseline.js'

/** The KQI evidence of a cell, or of several cells pooled. */
type KqiEvidence = Pick<CellAccumulator, 'rttMs' | 'segmentsMs' | 'server' | 'devices'>

/** A cell's evidence for demarcation: its RTT, RTT segments, bad server-side KQIs, KPI degradations and devices. */
export function evidenceOf(a: KqiEvidence, kpi: readonly KpiDegradation[]): CellEvidence {
  const badServerKqis = [...a.server].flatMap(([kqi, values]) => {
    const m = median(values)
    const threshold = serverKqiThresholds[kqi] as number
    return m > threshold ? [{ kqi, median: m, threshold, count: values.length }] : []
  })
  return {
    rtt: a.rttMs.length === 0 ? null : { medianMs: median(a.rttMs), count: a.rttMs.length },
    rttSegmentsMs: Object.fromEntries([...a.segmentsMs].map(([k, v]) => [k, median(v)])),
    badServerKqis,
    kpiDegradations: kpi,
    recordsPerDevice: Object.fromEntries(a.devices),
  }
}

/**
 * The evidence of an area: the KQI values (RTT, its segments, server-side KQIs) of the cells that
 * served it, pooled, since KQI values carry no position of their own; and the KPI degradations of
 * those cells, each kept with its cell so that it explains only that cell's records. Devices are
 * left out: the area's records are drive-test samples, which name none.
 */
export function pooledEvidence(cells: Iterable<string>, accumulators: ReadonlyMap<string, CellAccumulator>, kpi: ReadonlyMap<string, readonly KpiDegradation[]>): CellEvidence {
  const pooled: KqiEvidence = { rttMs: [], segmentsMs: new Map(), server: new Map(), devices: new Map() }
  const degradations: KpiDegradation[] = []
  for (const cell of cells) {
    const a = accumulators.get(cell)
    if (a !== undefined) {
      pooled.rttMs.push(...a.rttMs)
      for (const [name, values] of a.segmentsMs) pooled.segmentsMs.set(name, [...(pooled.segmentsMs.get(name) ?? []), ...values])
      for (const [name, values] of a.server) pooled.server.set(name, [...(pooled.server.get(name) ?? []), ...values])
    }
    for (const d of kpi.get(cell) ?? []) degradations.push({ ...d, cell })
  }
  return evidenceOf(pooled, degradations)
}
