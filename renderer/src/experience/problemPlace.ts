import type { Bbox } from '../../../core/api/schemas/projectSchemas.js'
import type { ExperienceProblem } from './causeDomains.js'

/** Which problems the table lists: the cells', or the areas' (task areas, else geohash squares). */
export type ProblemKind = ExperienceProblem['kind']

/** Where a problem is on the map: a point (a cell's site, an area's centre) and, when known, its box and outline. */
export interface ProblemPlace {
  lon: number
  lat: number
  bbox: Bbox | null
  /** An area's outline ([lon, lat] corners); null for a cell. */
  ring: [number, number][] | null
}

/** What the problem is called: the cell's name, or the task area's name or the geohash. */
export const problemName = (problem: ExperienceProblem): string => (problem.kind === 'cell' ? problem.cell : problem.area)

/** A key that tells problems apart across kinds: `cell:FT022_1`, `area:Task area A`. */
export const problemKey = (problem: ExperienceProblem): string => `${problem.kind}:${problemName(problem)}`

/** The label of a problem's kind: a cell, a task area or a geohash square (i18n key suffix). */
export const problemUnit = (problem: ExperienceProblem): 'cell' | 'task-area' | 'geohash' => (problem.kind === 'cell' ? 'cell' : problem.areaUnit)

/** [west, south, east, north] in degrees as a box, or null. */
const bboxOf = (box: readonly [number, number, number, number] | null): Bbox | null =>
  box === null ? null : { minLon: box[0], minLat: box[1], maxLon: box[2], maxLat: box[3] }

/**
 * Where the map flies for the problem, or null when its position is unknown (a cell neither in the
 * cell table nor with positioned samples): such a row is not linkable.
 */
export function problemPlace(problem: ExperienceProblem): ProblemPlace | null {
  const bbox = bboxOf(problem.bbox)
  const ring = problem.kind === 'area' && problem.ring.length > 2 ? problem.ring : null
  if (problem.lon !== null && problem.lat !== null && Number.isFinite(problem.lon) && Number.isFinite(problem.lat)) {
    return { lon: problem.lon, lat: problem.lat, bbox, ring }
  }
  if (bbox === null) return null
  return { lon: (bbox.minLon + bbox.maxLon) / 2, lat: (bbox.minLat + bbox.maxLat) / 2, bbox, ring }
}
