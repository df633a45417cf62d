import type { BadDirection, KqiSource } from '../../api/schemas/experienceModelSchemas.js'

/**
 * One input column of a KQI model. A categorical source feature (technology, radio_type, carrier…)
 * is one-hot encoded into one column per level, all naming it as their `source`; attributions and
 * importances are summed back per source feature.
 */
export interface FeatureColumn {
  /** Column name: the source feature, or `source=level` for a one-hot level. */
  name: string
  kind: 'numeric' | 'category'
  /** The source feature this column encodes (= name for numeric columns). */
  source: string
  /** The level of a one-hot column. */
  level?: string
  /** Unit of a numeric feature ('dBm', 'dB', 'km/h', …), null if it has none. */
  unit: string | null
}

/**
 * Rows for a KPI→KQI model, built from a project (buildKqiDataset): features from radio and
 * transport measurements, the KQI as target, and a split group per row so that a hold-out set never
 * shares a group (an import × contiguous block of time or sequence) with the training set — a random
 * row split of 1 s traces would leak neighbouring seconds into the test set.
 */
export interface KqiDataset {
  kqi: string
  source: KqiSource
  unit: string
  /** Where the rows and features come from, in a sentence (shown with the model). */
  description: string
  columns: FeatureColumn[]
  rowCount: number
  /** Row-major rowCount × columns.length. Numeric: raw value in its unit, NaN when missing; one-hot: 0 or 1. */
  x: Float32Array
  /** The KQI per row, in `unit` (always finite). */
  y: Float32Array
  /** Split group per row, 0-based and dense. */
  group: Int32Array
  /** The row's id in its table (samples.id or kqi_values.id), to trace a prediction back. */
  rowId: Float64Array
  badThreshold: number
  badDirection: BadDirection
}
