import type { ProjectDb } from '../../db/openProjectDb.js'
import { detectDegradation, type WorseDirection } from './detectDegradation.js'
import type { KpiDegradation } from './demarcateProblem.js'

/** One measurement of a cell with experience meaning: a drive-test sample or a KQI value. */
export interface CellMeasurement {
  /** 'sample' or the KQI name. */
  source: string
  timeMs: number | null
  rsrpDbm: number | null
  sinrDb: number | null
  cqi: number | null
  /** DL rate (sample) or throughput KQI, Mbit/s. */
  throughputMbps: number | null
  rttMs: number | null
  device: string | null
  /** Where it was measured, degrees (WGS 84); null for KQI values, which carry no position. */
  lon: number | null
  lat: number | null
}

/** Server-side KQIs and the value above which each is bad. UNVERIFIED operator targets. */
export const serverKqiThresholds: Readonly<Record<string, number>> = {
  /** Page load time, s (G.1030 puts 'good' web sessions at a few seconds). */
  pageLoadTimeS: 3,
  timeToFirstByteMs: 800,
  ttfbMs: 800,
}

/** Context keys that name the terminal, in order of preference. */
const deviceKeys = ['device', 'device_model', 'model', 'terminal', 'phone', 'ue'] as const

function deviceOf(contextJson: string): string | null {
  const context = JSON.parse(contextJson) as Record<string, unknown>
  for (const key of deviceKeys) {
    const value = context[key]
    if (typeof value === 'string' || typeof value === 'number') return String(value)
  }
  return null
}

/**
 * Calls `visit` for each drive-test sample, with its serving cell (the cell's name, else the
 * sample's cell identity as the source gave it, else null) and its position. Streams rows: no
 * per-sample objects are kept here.
 */
export function forEachSample(db: ProjectDb, visit: (cell: string | null, m: CellMeasurement) => void): void {
  const rows = db
    .prepare('SELECT COALESCE(c.name, s.cell_identity) AS cell, s.time_ms, s.rsrp_dbm, s.sinr_db, s.cqi, s.dl_mbps, s.lon, s.lat FROM samples s LEFT JOIN cells c ON c.id = s.cell_id')
    .raw()
    .iterate() as IterableIterator<[string | null, number | null, number | null, number | null, number | null, number | null, number, number]>
  for (const [cell, timeMs, rsrpDbm, sinrDb, cqi, dlMbps, lon, lat] of rows) {
    visit(cell, { source: 'sample', timeMs, rsrpDbm, sinrDb, cqi, throughputMbps: dlMbps, rttMs: null, device: null, lon, lat })
  }
}

/** A KQI value of a cell: its name, value and device. */
export interface CellKqi {
  cell: string
  kqi: string
  value: number
  timeMs: number | null
  device: string | null
}

/** Every KQI value that names its cell (KQIs without a cell cannot be put on the map). */
export function readCellKqis(db: ProjectDb): CellKqi[] {
  const rows = db.prepare('SELECT cell, kqi, value, time_ms, context_json FROM kqi_values WHERE cell IS NOT NULL').raw().all() as [string, string, number, number | null, string][]
  return rows.map(([cell, kqi, value, timeMs, contextJson]) => ({ cell, kqi, value, timeMs, device: deviceOf(contextJson) }))
}

/** Which way a KPI counter gets worse and whose it is, from its name. */
export function classifyKpiCounter(name: string): { worse: WorseDirection; domain: KpiDegradation['domain'] } {
  const worse: WorseDirection = /bler|drop|fail|rtt|latency|delay|loss|util|prb|congest|jitter/i.test(name) ? 'higher' : 'lower'
  const domain = /core|upf|amf|smf|n3|n6|gtp/i.test(name) ? 'core' : /rtt|latency|delay|jitter|transport|backhaul|loss/i.test(name) ? 'transport' : 'radio'
  return { worse, domain }
}

/**
 * Degraded periods of every KPI counter of every cell (detectDegradation on the counter's time
 * series, direction and domain from classifyKpiCounter). Series too short for a baseline give none.
 */
export function readKpiDegradations(db: ProjectDb): Map<string, KpiDegradation[]> {
  const rows = db
    .prepare(
      `SELECT v.cell, k.name, v.time_ms, v.value FROM kpi_values v JOIN kpi_counters k ON k.id = v.counter_id
       WHERE v.value IS NOT NULL ORDER BY v.cell, k.name, v.time_ms`,
    )
    .raw()
    .all() as [string, string, number, number][]
  const result = new Map<string, KpiDegradation[]>()
  let start = 0
  for (let i = 1; i <= rows.length; i++) {
    const first = rows[start]
    const row = rows[i]
    if (first === undefined || (row !== undefined && row[0] === first[0] && row[1] === first[1])) continue
    const series = rows.slice(start, i)
    start = i
    const [cell, counter] = first
    const { worse, domain } = classifyKpiCounter(counter)
    for (const p of detectDegradation(series.map((r) => r[3]), { worse }).periods) {
      const list = result.get(cell) ?? []
      list.push({ cell, counter, domain, startTimeMs: series[p.startIndex]![2], endTimeMs: series[p.endIndex]![2], baselineMedian: p.baseline.median, worstZ: p.peakZ })
      result.set(cell, list)
    }
  }
  return result
}

/**
 * Antenna positions of the project's cells (degrees), by cell name and by cell identity, so that a
 * problem keyed by either finds its site. An identity shared by several cells, or equal to another
 * cell's name, is left out rather than guessed.
 */
export function readCellSites(db: ProjectDb): Map<string, { lon: number; lat: number }> {
  const rows = db.prepare('SELECT name, cell_identity, lon, lat FROM cells').raw().all() as [string, string | null, number, number][]
  const sites = new Map(rows.map(([name, , lon, lat]) => [name, { lon, lat }]))
  const byIdentity = new Map<string, { lon: number; lat: number } | null>()
  for (const [, identity, lon, lat] of rows) {
    if (identity === null || sites.has(identity)) continue
    byIdentity.set(identity, byIdentity.has(identity) ? null : { lon, lat })
  }
  for (const [identity, site] of byIdentity) if (site !== null) sites.set(identity, site)
  return sites
}
