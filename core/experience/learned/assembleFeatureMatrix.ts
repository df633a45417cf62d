import type { FeatureColumn } from './kqiDataset.js'

/** A candidate numeric feature: one value per row in `unit`, NaN where missing. */
export interface NumericCandidate {
  kind: 'numeric'
  name: string
  unit: string | null
  values: Float64Array
}

/** A candidate categorical feature: one level per row, null where missing. */
export interface CategoryCandidate {
  kind: 'category'
  name: string
  levels: readonly (string | null)[]
}

export type FeatureCandidate = NumericCandidate | CategoryCandidate

/** A candidate left out, and why (reported in the dataset's description). */
export interface DroppedFeature {
  name: string
  reason: string
}

/**
 * A numeric feature present on fewer rows than this share is dropped as "missing on nearly every
 * row": a model would learn it from a few dozen rows and impute it everywhere else.
 */
export const minPresentShare = 0.02

/** A categorical feature with more levels than this is dropped (names, free text): one-hot would spread thin. */
export const maxCategoryLevels = 20

export interface FeatureMatrix {
  columns: FeatureColumn[]
  /** Row-major rowCount × columns.length. */
  x: Float32Array
  dropped: DroppedFeature[]
}

/**
 * The feature matrix of a dataset from its candidate features: numeric columns as they are (NaN
 * where missing), categories one-hot (a column per level, most frequent first; all zeros where
 * missing). Drops, with a reason, a feature missing on nearly every row (minPresentShare), a constant
 * one and a category with more than maxCategoryLevels levels.
 */
export function assembleFeatureMatrix(candidates: readonly FeatureCandidate[], rowCount: number): FeatureMatrix {
  const columns: FeatureColumn[] = []
  const fills: ((row: number) => number)[] = []
  const dropped: DroppedFeature[] = []
  for (const candidate of candidates) {
    const reason = candidate.kind === 'numeric' ? addNumeric(candidate, rowCount, columns, fills) : addCategory(candidate, rowCount, columns, fills)
    if (reason !== null) dropped.push({ name: candidate.name, reason })
  }
  const width = columns.length
  const x = new Float32Array(rowCount * width)
  for (let c = 0; c < width; c++) {
    const fill = fills[c] as (row: number) => number
    for (let r = 0; r < rowCount; r++) x[r * width + c] = fill(r)
  }
  return { columns, x, dropped }
}

function addNumeric(candidate: NumericCandidate, rowCount: number, columns: FeatureColumn[], fills: ((row: number) => number)[]): string | null {
  const { values } = candidate
  if (values.length !== rowCount) throw new Error(`bug: feature ${candidate.name} has ${values.length} values for ${rowCount} rows`)
  let present = 0
  let min = Infinity
  let max = -Infinity
  for (const v of values) {
    if (!Number.isFinite(v)) continue
    present++
    if (v < min) min = v
    if (v > max) max = v
  }
  if (present === 0) return 'missing on every row'
  if (present < minPresentShare * rowCount) return `present on ${present} of ${rowCount} rows only`
  // A value constant where present says only whether it is present, which the layout or test fields already say.
  if (min === max) return `constant (${min})`
  columns.push({ name: candidate.name, kind: 'numeric', source: candidate.name, unit: candidate.unit })
  fills.push((r) => {
    const v = values[r] as number
    return Number.isFinite(v) ? v : Number.NaN
  })
  return null
}

function addCategory(candidate: CategoryCandidate, rowCount: number, columns: FeatureColumn[], fills: ((row: number) => number)[]): string | null {
  const { levels } = candidate
  if (levels.length !== rowCount) throw new Error(`bug: feature ${candidate.name} has ${levels.length} levels for ${rowCount} rows`)
  const counts = new Map<string, number>()
  let present = 0
  for (const level of levels) {
    if (level === null) continue
    present++
    counts.set(level, (counts.get(level) ?? 0) + 1)
  }
  if (present === 0) return 'missing on every row'
  if (present < minPresentShare * rowCount) return `present on ${present} of ${rowCount} rows only`
  if (counts.size > maxCategoryLevels) return `${counts.size} levels (more than ${maxCategoryLevels})`
  // One level says at most whether the field is present, which the layout or test fields already say (as for a numeric constant).
  if (counts.size === 1) return `constant (${[...counts.keys()][0]})`
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([level]) => level)
  for (const level of ordered) {
    columns.push({ name: `${candidate.name}=${level}`, kind: 'category', source: candidate.name, level, unit: null })
    fills.push((r) => (levels[r] === level ? 1 : 0))
  }
  return null
}
