import type { ProjectDb } from '../../db/openProjectDb.js'
import { appKqiRows, dominantKqiUnit } from './appKqiRows.js'
import { assembleFeatureMatrix, type DroppedFeature } from './assembleFeatureMatrix.js'
import { assignSplitGroups } from './assignSplitGroups.js'
import { kqiBadRule, resolveBadThreshold } from '../kqiBadThresholds.js'
import type { FeatureColumn, KqiDataset } from './kqiDataset.js'
import type { KqiRowSet } from './kqiRowSet.js'
import { projectKqiNames } from './projectKqiNames.js'
import { countSampleKqiRows, isSampleKqi, sampleKqiColumns, sampleKqiRows } from './sampleKqiRows.js'
import { defaultMaxKqiRows } from './thinEvenly.js'

/** Fewest rows a KQI model is trained on: below it a hold-out quarter is a dozen rows and its metrics are noise. */
export const minKqiRows = 50

/**
 * A KQI that cannot become a dataset, an expected outcome: unknown to the project, too few rows, no
 * usable feature or a single split group. The message names the KQI and why.
 */
export class KqiDatasetRefusal extends Error {
  override readonly name = 'KqiDatasetRefusal'

  constructor(
    readonly kqi: string,
    message: string,
  ) {
    super(message)
  }
}

export interface BuildKqiDatasetOptions {
  /** At most this many rows, evenly thinned over the KQI's rows in id order (every drive keeps its share). Default 200 000. */
  maxRows?: number
}

/**
 * The rows a KPI→KQI model trains on, from the project (see KqiDataset):
 * - a sample KQI (dlMbps, ulMbps): every drive-test sample with a value; features its radio KPIs
 *   (RSRP, RSRQ, SINR, CQI, RSSI, path loss, speed, altitude, strongest neighbour − serving RSRP) and
 *   technology (sampleKqiRows); groups of 60 s per import;
 * - an app KQI (kqi_values): features its test conditions (contextFeatures), the workload and
 *   transport KQIs of the same record (siblingKqiFeatures) and, where a row names a cell and a time,
 *   that cell's radio KPIs nearest in time (cellRadioFeatures); groups of 60 steps per import × run.
 * Features missing on nearly every row, constant, or with too many levels are dropped (the description
 * names them). The bad threshold is the KQI's rule (kqiBadRules) or the worse-side quantile.
 * Throws KqiDatasetRefusal for an unknown KQI (listing the project's), fewer than minKqiRows rows, no
 * usable feature or fewer than 2 split groups; RangeError for a bad maxRows.
 */
export function buildKqiDataset(db: ProjectDb, kqi: string, options: BuildKqiDatasetOptions = {}): KqiDataset {
  const maxRows = options.maxRows ?? defaultMaxKqiRows
  if (!Number.isInteger(maxRows) || maxRows < minKqiRows) throw new RangeError(`maxRows must be an integer ≥ ${minKqiRows}, not ${maxRows}`)
  const { rows, unit, source, dropped: droppedEarly } = readRows(db, kqi, maxRows)
  if (rows.rowCount < minKqiRows) {
    throw new KqiDatasetRefusal(kqi, `${kqi}: only ${rows.rowCount} rows with a value, a model needs at least ${minKqiRows}`)
  }
  const features = assembleFeatureMatrix(rows.candidates, rows.rowCount)
  const dropped = [...droppedEarly, ...features.dropped]
  if (features.columns.length === 0) {
    throw new KqiDatasetRefusal(kqi, `${kqi}: no usable feature among its ${rows.rowCount} rows (${describeDropped(dropped) || 'none measured'})`)
  }
  const groups = assignSplitGroups(rows.partitions, rows.positions, { blockSize: rows.blockSize })
  if (groups.groupCount < 2) {
    throw new KqiDatasetRefusal(kqi, `${kqi}: its ${rows.rowCount} rows form a single split group (one short stretch of one import), so nothing can be held out`)
  }
  const rule = kqiBadRule(kqi)
  const badThreshold = resolveBadThreshold(rule, rows.y)
  const groupText = `${groups.groupCount} split groups of ${groups.blockSize} ${rows.positionUnit === 'row' ? 'rows' : rows.positionUnit === 's' ? 's' : 'sequence steps'} per ${source === 'samples' ? 'import' : 'import × run'}`
  return {
    kqi, source, unit,
    description: [
      `${kqi} (${unit}) of ${rows.origin}`,
      `features ${describeSources(features.columns)}`,
      ...(dropped.length === 0 ? [] : [`left out ${describeDropped(dropped)}`]),
      groupText,
      `bad ${rule.direction === 'lower' ? 'below' : 'above'} ${round(badThreshold)} ${unit} (${rule.basis})`,
    ].join('; '),
    columns: features.columns,
    rowCount: rows.rowCount,
    x: features.x,
    y: Float32Array.from(rows.y),
    group: groups.group,
    rowId: rows.rowId,
    badThreshold,
    badDirection: rule.direction,
  }
}

function readRows(db: ProjectDb, kqi: string, maxRows: number): { rows: KqiRowSet; unit: string; source: KqiDataset['source']; dropped: DroppedFeature[] } {
  if (isSampleKqi(kqi) && countSampleKqiRows(db, kqi) > 0) {
    return { rows: sampleKqiRows(db, kqi, maxRows), unit: sampleKqiColumns[kqi].unit, source: 'samples', dropped: [] }
  }
  const unit = dominantKqiUnit(db, kqi)
  if (unit === undefined) {
    const names = projectKqiNames(db)
    throw new KqiDatasetRefusal(kqi, `unknown KQI "${kqi}": the project has ${names.length === 0 ? 'no KQIs (import drive tests or KQI files first)' : names.join(', ')}`)
  }
  const { dropped, ...rows } = appKqiRows(db, kqi, unit, maxRows)
  return { rows, unit, source: 'kqi', dropped }
}

function describeSources(columns: readonly FeatureColumn[]): string {
  const counts = new Map<string, number>()
  for (const column of columns) counts.set(column.source, (counts.get(column.source) ?? 0) + 1)
  return [...counts.entries()].map(([source, n]) => (n > 1 ? `${source} (${n} levels)` : source)).join(', ')
}

function describeDropped(dropped: readonly DroppedFeature[]): string {
  return dropped.map((d) => `${d.name} (${d.reason})`).join(', ')
}

const round = (x: number): number => Number(x.toPrecision(4))
