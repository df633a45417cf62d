import type { ProjectDb } from '../../db/openProjectDb.js'
import type { NumericCandidate } from './assembleFeatureMatrix.js'

/** A KQI row takes the radio KPIs of its cell's sample nearest in time, if within this, ms (drive tests log about 1 sample/s). */
export const cellSampleMaxGapMs = 5000

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
 * (cells.name, else the sample's cell identity) nearest in time, within cellSampleMaxGapMs (of two
 * at the same time, the first logged); NaN otherwise. An app test and a drive test logged side by side then join, so that a page load gets the
 * RSRP and SINR it was loaded under. Reads the samples of the named cells in one pass (none when no
 * row names a cell and a time).
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
       ORDER BY cell, s.time_ms, s.id`,
    )
    .raw()
    .all(JSON.stringify([...cells])) as [string, number, ...(number | null)[]][]
  const byCell = new Map<string, [string, number, ...(number | null)[]][]>()
  for (const row of rows) {
    const list = byCell.get(row[0])
    if (list === undefined) byCell.set(row[0], [row])
    else list.push(row)
  }
  const candidates = radioColumns.map((r): NumericCandidate => ({ kind: 'numeric', name: r.name, unit: r.unit, values: new Float64Array(places.length).fill(Number.NaN) }))
  places.forEach((place, i) => {
    if (place.cell === null || place.timeMs === null) return
    const nearest = nearestInTime(byCell.get(place.cell) ?? [], place.timeMs)
    if (nearest === undefined) return
    candidates.forEach((candidate, k) => {
      const v = nearest[2 + k]
      candidate.values[i] = typeof v === 'number' ? v : Number.NaN
    })
  })
  return candidates
}

/** The row of ascending-time `rows` nearest to timeMs (the first of equal times), if within cellSampleMaxGapMs. */
function nearestInTime<T extends [string, number, ...unknown[]]>(rows: readonly T[], timeMs: number): T | undefined {
  const after = rows[lowerBound(rows, timeMs)]
  const last = rows[lowerBound(rows, timeMs) - 1]
  const before = last === undefined ? undefined : rows[lowerBound(rows, last[1])]
  const best = [before, after].filter((r): r is T => r !== undefined).sort((a, b) => Math.abs(a[1] - timeMs) - Math.abs(b[1] - timeMs))[0]
  return best !== undefined && Math.abs(best[1] - timeMs) <= cellSampleMaxGapMs ? best : undefined
}

/** Index of the first row at or after timeMs (rows.length when none). */
function lowerBound(rows: readonly [string, number, ...unknown[]][], timeMs: number): number {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((rows[mid] as [string, number])[1] < timeMs) lo = mid + 1
    else hi = mid
  }
  return lo
}
