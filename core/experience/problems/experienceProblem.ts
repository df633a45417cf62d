import type { BoundingBox } from './boundingBoxOf.js'
import type { AreaDegradationPeriod, Cause, CellDegradationPeriod } from './demarcateProblem.js'
import type { AreaUnit } from './experienceAreas.js'

/** What every experience problem holds: who is affected, how badly, whose fault, and where. */
interface ProblemBase {
  /** Measurements (drive-test samples and KQI values) with bad experience under the priority. */
  affected: number
  /** Mean badness of the affected measurements, 0–1. */
  severity: number
  /** Σ badness over the affected measurements: affected × severity. */
  impact: number
  causes: Cause[]
  /** Where the map flies to, degrees (WGS 84); null when nothing places the problem. */
  lon: number | null
  lat: number | null
  /** [west, south, east, north] of the affected measurements that have a position, degrees; null for none (e.g. KQI values only). */
  bbox: BoundingBox | null
}

/**
 * A cell's experience problem. Position: the cell's antenna from the cells table when the cell is
 * known there (`positionFrom` 'site'), else the centroid of the cell's drive-test samples, good and
 * bad ('samples'), else none (null: a cell seen only in KQI values).
 */
export interface CellExperienceProblem extends ProblemBase {
  kind: 'cell'
  cell: string
  positionFrom: 'site' | 'samples' | null
  /** Periods when the cell's own DL rate or one of its timed KQIs got worse (readCellDegradations), in time order. */
  degradations: CellDegradationPeriod[]
}

/**
 * An area's experience problem: the drive-test samples measured in a task area or a geohash square
 * (experienceAreas), scored like a cell's. Position: the area's centre.
 */
export interface AreaExperienceProblem extends ProblemBase {
  kind: 'area'
  /** The task area's name or the square's geohash. */
  area: string
  areaUnit: AreaUnit
  lon: number
  lat: number
  /** The area's outline, closed [lon, lat] ring, degrees. */
  ring: [number, number][]
  /** The cells that served the affected samples, most impact first (samples without a serving cell are not named). */
  cells: string[]
  /** Periods when the area's DL rate dropped, all its cells together (detectAreaDegradation). */
  degradations: AreaDegradationPeriod[]
}

export type ExperienceProblem = CellExperienceProblem | AreaExperienceProblem
