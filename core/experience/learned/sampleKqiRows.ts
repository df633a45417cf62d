import type { ProjectDb } from '../../db/openProjectDb.js'
import type { FeatureCandidate } from './assembleFeatureMatrix.js'
import type { KqiRowSet } from './kqiRowSet.js'
import { thinEvenlySql } from './thinEvenly.js'

/** The sample columns that are KQIs (source 'samples'): the drive-test tool's measured rates. */
export const sampleKqiColumns = {
  dlMbps: { column: 'dl_mbps', unit: 'Mbit/s' },
  ulMbps: { column: 'ul_mbps', unit: 'Mbit/s' },
} as const satisfies Readonly<Record<string, { column: string; unit: string }>>

export type SampleKqi = keyof typeof sampleKqiColumns

export function isSampleKqi(kqi: string): kqi is SampleKqi {
  return Object.hasOwn(sampleKqiColumns, kqi)
}

/** Length of a split group of drive-test samples: 60 s of one import. */
export const sampleGroupBlockS = 60

/**
 * Radio features of a sample, with their column and unit. The other direction's rate is left out on
 * purpose: it is transport-ish, but a UL rate measured during a DL test mostly says what the app was
 * doing (a test's TCP ACKs, a phase of the test), not what the radio allowed, and it is zero or absent
 * wherever the drive tested one direction only — a model would learn the test plan, not the link.
 * Position (lon/lat) is left out too: it would learn this drive's map, which does not carry over to
 * another route, instead of the KPI→KQI relation.
 */
const radioFeatures = [
  { name: 'rsrpDbm', sql: 's.rsrp_dbm', unit: 'dBm' },
  { name: 'rsrqDb', sql: 's.rsrq_db', unit: 'dB' },
  { name: 'sinrDb', sql: 's.sinr_db', unit: 'dB' },
  { name: 'cqi', sql: 's.cqi', unit: null },
  { name: 'rssiDbm', sql: 's.rssi_dbm', unit: 'dBm' },
  { name: 'pathLossDb', sql: 's.path_loss_db', unit: 'dB' },
  { name: 'speedKmh', sql: 's.speed_kmh', unit: 'km/h' },
  { name: 'altitudeM', sql: 's.altitude_m', unit: 'm' },
  // Strongest neighbour minus serving RSRP: near 0 dB or above means a cell edge, interference and a handover ahead.
  {
    name: 'neighbourRsrpDeltaDb',
    sql: '(SELECT max(n.rsrp_dbm) FROM neighbour_measurements n WHERE n.sample_id = s.id) - s.rsrp_dbm',
    unit: 'dB',
  },
] as const

/** Rows of a sample KQI that count: a measured (never NaN when stored) value of its column. */
export function countSampleKqiRows(db: ProjectDb, kqi: SampleKqi): number {
  return db.prepare(`SELECT count(*) FROM samples WHERE ${sampleKqiColumns[kqi].column} IS NOT NULL`).pluck().get() as number
}

/**
 * The rows of a drive-test KQI (dlMbps, ulMbps): every sample with a measured value, evenly thinned
 * to maxRows, with the radio features of radioFeatures and the technology as a category. Split
 * groups: per import, blocks of sampleGroupBlockS of the sample time (blocks of as many rows, at
 * about 1 sample/s, where an import has no time).
 */
export function sampleKqiRows(db: ProjectDb, kqi: SampleKqi, maxRows: number): KqiRowSet {
  const { column } = sampleKqiColumns[kqi]
  const totalRows = countSampleKqiRows(db, kqi)
  // Thin the ids first, then read the columns (and look up neighbours) of the kept samples only.
  const kept = thinEvenlySql(`SELECT id FROM samples WHERE ${column} IS NOT NULL`, 'id', totalRows, maxRows)
  const rows = db
    .prepare(
      `SELECT s.id, s.import_id, s.time_ms, s.${column} AS target, s.technology, ${radioFeatures.map((f) => `${f.sql} AS ${f.name}`).join(', ')}
       FROM (${kept}) k JOIN samples s ON s.id = k.id ORDER BY s.id`,
    )
    .raw()
    .all() as (number | string | null)[][]
  const n = rows.length
  const rowId = new Float64Array(n)
  const y = new Float64Array(n)
  const partitions: string[] = new Array<string>(n)
  const positions = new Float64Array(n)
  const technology: (string | null)[] = new Array<string | null>(n)
  const numeric = radioFeatures.map(() => new Float64Array(n))
  const imports = new Set<number>()
  rows.forEach((row, i) => {
    const [id, importId, timeMs, target, tech] = row as [number, number, number | null, number, string | null]
    rowId[i] = id
    y[i] = target
    imports.add(importId)
    // A sample without time is placed by its id (file order, ~1 sample/s) in a partition of its own, so that the two scales never share a block.
    partitions[i] = timeMs === null ? `${importId}:rows` : `${importId}`
    positions[i] = timeMs === null ? id : timeMs / 1000
    technology[i] = tech
    numeric.forEach((values, k) => {
      const v = row[5 + k]
      values[i] = typeof v === 'number' ? v : Number.NaN
    })
  })
  const candidates: FeatureCandidate[] = radioFeatures.map((f, k) => ({ kind: 'numeric', name: f.name, unit: f.unit, values: numeric[k] as Float64Array }))
  candidates.push({ kind: 'category', name: 'technology', levels: technology })
  return {
    rowCount: n, totalRows, rowId, y, partitions, positions, positionUnit: 's', blockSize: sampleGroupBlockS, candidates,
    origin: `${n}${n < totalRows ? ` (evenly thinned from ${totalRows})` : ''} drive-test samples of ${imports.size} import${imports.size === 1 ? '' : 's'}`,
  }
}
