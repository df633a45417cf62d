import type { FeatureCandidate } from './assembleFeatureMatrix.js'

/**
 * The rows of one KQI as read from the project, before features are chosen and encoded: the target,
 * candidate features, and what the split groups are made of (a partition per row and a position
 * along it).
 */
export interface KqiRowSet {
  rowCount: number
  /** Rows with a finite target before maxRows thinning. */
  totalRows: number
  rowId: Float64Array
  y: Float64Array
  /** Partition of each row (an import, an import × run): groups never span two. */
  partitions: string[]
  /** Position of each row along its partition, in `positionUnit`. */
  positions: Float64Array
  positionUnit: 's' | 'seq' | 'row'
  /** Block length of a split group, in positionUnit. */
  blockSize: number
  candidates: FeatureCandidate[]
  /** Where the rows come from, e.g. "6641 drive-test samples of 4 imports". */
  origin: string
}
