import type { KqiInfo } from '../../api/schemas/experienceModelSchemas.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { isNonFeatureContextKey } from '../learned/contextFeatures.js'
import { sampleKqiColumns, type SampleKqi } from '../learned/sampleKqiRows.js'
import { thinEvenlySql } from '../learned/thinEvenly.js'

/**
 * Values read for a dashboard at most; above it they are evenly thinned (in id order, so every drive
 * and file keeps its share). Percentiles, histogram shape, series and medians of 250 000 evenly
 * spread values differ from the full set's by far less than a chart shows, and a dashboard of tens of
 * millions of samples stays around a second. Count, mean and bad share stay exact (SQL aggregates).
 */
export const maxDashboardValues = 250_000

/** Exact count, mean and number of bad values of all of a KQI's rows, when the values read are thinned. */
export interface KqiAggregate {
  count: number
  mean: number
  badCount: number
}

/** A KQI's values in display order with what the series and the grouping need. */
export interface KqiValues {
  values: Float64Array
  /** Series x per value (epoch ms, sequence number or index, see seriesKind). */
  x: Float64Array
  seriesKind: 'time' | 'seq' | 'index'
  /** Candidate groupings: field → label per value (null where absent). */
  fields: Map<string, (string | null)[]>
  /** Null when `values` are all of the KQI's values. */
  aggregate: KqiAggregate | null
}

const badCondition = (info: KqiInfo, column: string): string => `${column} ${info.badDirection === 'lower' ? '<' : '>'} ?`

/**
 * The values of a drive-test KQI in time order ('time' series) when every sample has a time, else in
 * id order ('index'); grouped by technology.
 */
export function readSampleKqiValues(db: ProjectDb, info: KqiInfo & { name: SampleKqi }): KqiValues {
  const { column } = sampleKqiColumns[info.name]
  const kept = thinEvenlySql(`SELECT id FROM samples WHERE ${column} IS NOT NULL`, 'id', info.count, maxDashboardValues)
  const rows = db
    .prepare(`SELECT s.id, s.time_ms, s.${column}, s.technology FROM (${kept}) k JOIN samples s ON s.id = k.id ORDER BY s.id`)
    .raw()
    .all() as [number, number | null, number, string | null][]
  const timed = rows.every((r) => r[1] !== null)
  if (timed) rows.sort((a, b) => (a[1] as number) - (b[1] as number) || a[0] - b[0])
  const aggregate = rows.length === info.count ? null : readAggregate(db, `FROM samples WHERE ${column} IS NOT NULL`, column, info, [])
  return {
    values: Float64Array.from(rows, (r) => r[2]),
    x: Float64Array.from(rows, (r, i) => (timed ? (r[1] as number) : i)),
    seriesKind: timed ? 'time' : 'index',
    fields: new Map([['technology', rows.map((r) => r[3])]]),
    aggregate,
  }
}

/**
 * The values of an app KQI in its unit: by time when every row has one ('time'); else in import and
 * id order, as a 'seq' series when the sequence numbers then never go back (one trace), an 'index'
 * series otherwise (several runs or files, each counting from 1). Grouping candidates: the context
 * fields that are test conditions (not identifiers, times or positions) other than the file layout.
 */
export function readAppKqiValues(db: ProjectDb, info: KqiInfo): KqiValues {
  const where = 'FROM kqi_values WHERE kqi = ? AND unit = ? AND abs(value) <= 1.7e308'
  const kept = thinEvenlySql(`SELECT id ${where}`, 'id', info.count, maxDashboardValues)
  const rows = db
    .prepare(`SELECT v.id, v.import_id, v.time_ms, v.seq, v.value, v.context_json FROM (${kept}) k JOIN kqi_values v ON v.id = k.id ORDER BY v.import_id, v.id`)
    .raw()
    .all(info.name, info.unit) as [number, number, number | null, number | null, number, string][]
  const timed = rows.length > 0 && rows.every((r) => r[2] !== null)
  if (timed) rows.sort((a, b) => (a[2] as number) - (b[2] as number) || a[0] - b[0])
  const sequential = !timed && rows.every((r, i) => r[3] !== null && (i === 0 || (r[3] as number) >= (rows[i - 1]?.[3] as number)))
  return {
    values: Float64Array.from(rows, (r) => r[4]),
    x: Float64Array.from(rows, (r, i) => (timed ? (r[2] as number) : sequential ? (r[3] as number) : i)),
    seriesKind: timed ? 'time' : sequential ? 'seq' : 'index',
    fields: contextLabels(rows.map((r) => r[5])),
    aggregate: rows.length === info.count ? null : readAggregate(db, where, 'value', info, [info.name, info.unit]),
  }
}

/** Label per row of each context field that is a test condition; the layout names the file, not a condition, and is left out. */
function contextLabels(contextJsons: readonly string[]): Map<string, (string | null)[]> {
  const fields = new Map<string, (string | null)[]>()
  contextJsons.forEach((json, i) => {
    for (const [key, value] of Object.entries(JSON.parse(json) as Record<string, unknown>)) {
      if (key === 'layout' || isNonFeatureContextKey(key) || value === null || typeof value === 'object') continue
      let labels = fields.get(key)
      if (labels === undefined) fields.set(key, (labels = new Array<string | null>(contextJsons.length).fill(null)))
      labels[i] = String(value)
    }
  })
  return fields
}

function readAggregate(db: ProjectDb, from: string, column: string, info: KqiInfo, params: unknown[]): KqiAggregate {
  return db
    .prepare(`SELECT count(*) AS count, avg(${column}) AS mean, count(CASE WHEN ${badCondition(info, column)} THEN 1 END) AS badCount ${from}`)
    .get(info.badThreshold, ...params) as KqiAggregate
}
