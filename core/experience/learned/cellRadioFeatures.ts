import type { ProjectDb } from '../../db/openProjectDb.js'
import { CellValuesAtTime } from '../cellValuesAtTime.js'
import type { NumericCandidate } from './assembleFeatureMatrix.js'

const radioColumns = [
  { name: 'cellRsrpDbm', sql: 's.rsrp_dbm', unit: 'dBm' },
  { name: 'cellRsrqDb', sql: 's.rsrq_db', unit: 'dB' },
  { name: 'cellSinrDb', sql: 's.sinr_db', unit: 'dB' },
  { name: 'cellCqi', sql: 's.cqi', unit: null },
] as const

/** Where a KQI row was measured: its serving cell (as kqi_values.cell) and time; either null when unknown. */
export interface KqiRowPlace {
  cell: string | null
  timeMs: number | null
}

/**
 * Radio KPIs for KQI rows that name a cell and a time: those of the drive-test sample of that cell
 * (cells.name, else the sample's cell identity) nearest in time (CellValuesAtTime: within
 * cellSampleMaxGapMs; of two at the same time the first logged); NaN otherwise. An app test and a
 * drive test logged side by side then join, so that a page load gets the RSRP and SINR it was loaded
 * under. Reads the samples of the named cells in one pass (none when no row names a cell and a time).
 */
export function cellRadioFeatures(db: ProjectDb, places: readonly KqiRowPlace[]): NumericCandidate[] {
  const cells = new Set<string>()
  for (const p of places) if (p.cell !== null && p.timeMs !== null) cells.add(p.cell)
  if (cells.size === 0) return []
  const rows = db
    .prepare(
      `SELECT COALESCE(c.name, s.cell_identity) AS cell, s.time_ms, ${radioColumns.map((r) => r.sql).join(', ')}
       FROM samples s LEFT JOIN cells c ON c.id = s.cell_id
       WHERE s.time_ms IS NOT NULL AND COALESCE(c.name, s.cell_identity) IN (SELECT value FROM json_each(?))
       ORDER BY s.id`,
    )
    .raw()
    .all(JSON.stringify([...cells])) as [string, number, ...(number | null)[]][]
  const radioAt = new CellValuesAtTime<(number | null)[]>(cells)
  for (const [cell, timeMs, ...values] of rows) radioAt.add(cell, timeMs, values)
  const candidates = radioColumns.map((r): NumericCandidate => ({ kind: 'numeric', name: r.name, unit: r.unit, values: new Float64Array(places.length).fill(Number.NaN) }))
  places.forEach((place, i) => {
    const nearest = place.cell === null ? null : radioAt.at(place.cell, place.timeMs)
    if (nearest === null) return
    candidates.forEach((candidate, k) => {
      const v = nearest[k]
      candidate.values[i] = typeof v === 'number' ? v : Number.NaN
    })
  })
  return candidates
}
