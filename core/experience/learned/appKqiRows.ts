import type { ProjectDb } from '../../db/openProjectDb.js'
import type { DroppedFeature } from './assembleFeatureMatrix.js'
import { cellRadioFeatures, type KqiRowPlace } from './cellRadioFeatures.js'
import { contextFeatures, type KqiContext } from './contextFeatures.js'
import type { KqiRowSet } from './kqiRowSet.js'
import { recordKey, siblingKqiFeatures } from './siblingKqiFeatures.js'
import { thinEvenlySql } from './thinEvenly.js'

/** Length of a split group of app KQI rows: 60 sequence steps (~60 s in the 5Gophers traces), 60 s, or 60 rows. */
export const kqiGroupBlock = 60

/** The unit most of a KQI's rows are stored in (names carry their unit, so there is normally one), or undefined when the KQI has no rows. */
export function dominantKqiUnit(db: ProjectDb, kqi: string): string | undefined {
  return db.prepare('SELECT unit FROM kqi_values WHERE kqi = ? GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 1').pluck().get(kqi) as string | undefined
}

/** Rows of an app KQI in its unit with a finite value (SQLite can hold ±Inf, never NaN). */
export function countAppKqiRows(db: ProjectDb, kqi: string, unit: string): number {
  return db.prepare('SELECT count(*) FROM kqi_values WHERE kqi = ? AND unit = ? AND abs(value) <= 1.7e308').pluck().get(kqi, unit) as number
}

type KqiRow = [id: number, importId: number, timeMs: number | null, seq: number | null, value: number, contextJson: string, cell: string | null]

/**
 * The rows of an app KQI (kqi_values): those in its dominant unit, evenly thinned to maxRows, with
 * features from their context (contextFeatures), from the sibling KQIs of their published record
 * (siblingKqiFeatures) and, for rows naming a cell and a time, from that cell's drive-test sample
 * nearest in time (cellRadioFeatures). Split groups: partitions per import × run (when the context
 * has `run`), blocks of kqiGroupBlock along the time (s) where the row has one, else its sequence
 * number, else its id.
 */
export function appKqiRows(db: ProjectDb, kqi: string, unit: string, maxRows: number): KqiRowSet & { dropped: DroppedFeature[] } {
  const totalRows = countAppKqiRows(db, kqi, unit)
  const select = 'SELECT id, import_id, time_ms, seq, value, context_json, cell FROM kqi_values WHERE kqi = ? AND unit = ? AND abs(value) <= 1.7e308'
  const rows = db.prepare(thinEvenlySql(select, 'id', totalRows, maxRows)).raw().all(kqi, unit) as KqiRow[]
  const n = rows.length
  const rowId = new Float64Array(n)
  const y = new Float64Array(n)
  const partitions: string[] = new Array<string>(n)
  const positions = new Float64Array(n)
  const contexts: KqiContext[] = new Array<KqiContext>(n)
  const keys: (string | null)[] = new Array<string | null>(n)
  const places: KqiRowPlace[] = new Array<KqiRowPlace>(n)
  const imports = new Set<number>()
  const units = { s: 0, seq: 0, row: 0 }
  rows.forEach(([id, importId, timeMs, seq, value, contextJson, cell], i) => {
    places[i] = { cell, timeMs }
    rowId[i] = id
    y[i] = value
    imports.add(importId)
    const context = JSON.parse(contextJson) as KqiContext
    contexts[i] = context
    keys[i] = seq === null ? null : recordKey(importId, seq, contextJson)
    const run = context.run ?? context.run_num
    // Each kind of position is a partition of its own, so that seconds, steps and row ids never share a block.
    const kind = timeMs !== null ? 's' : seq !== null ? 'seq' : 'row'
    units[kind]++
    partitions[i] = `${importId}|${run === undefined ? '' : String(run)}|${kind}`
    positions[i] = timeMs !== null ? timeMs / 1000 : (seq ?? id)
  })
  const context = contextFeatures(contexts)
  const siblings = siblingKqiFeatures(db, kqi, keys)
  const positionUnit = units.s >= units.seq && units.s >= units.row ? 's' : units.seq >= units.row ? 'seq' : 'row'
  return {
    rowCount: n, totalRows, rowId, y, partitions, positions, positionUnit, blockSize: kqiGroupBlock,
    candidates: [...context.candidates, ...siblings.candidates, ...cellRadioFeatures(db, places)],
    dropped: [...context.dropped, ...siblings.dropped],
    origin: `${n}${n < totalRows ? ` (evenly thinned from ${totalRows})` : ''} ${kqi} records of ${imports.size} import${imports.size === 1 ? '' : 's'}`,
  }
}
