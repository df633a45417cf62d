import type { Area } from '../../api/schemas/layerSchemas.js'
import { pointInRing } from '../../geo/pointInRing.js'
import { encodeGeohash, geohashBounds } from '../../geo/geohash.js'

/** How an area was drawn: a task area of the project, or a square of the geohash grid. */
export type AreaUnit = 'task-area' | 'geohash'

/** An area that experience problems are ranked over. Degrees (WGS 84). */
export interface ExperienceArea {
  /** The task area's name, or the geohash of the square (its length is the precision). */
  id: string
  unit: AreaUnit
  /** Centre: of the ring's bounding box for a task area, of the square for a geohash. */
  lon: number
  lat: number
  /** Outline, closed ([lon, lat] vertices, the first repeated last). */
  ring: [number, number][]
}

/**
 * Geohash characters of the area grid. Default 6: squares of 0.011° × 0.0055°, about 1.2 × 0.6 km
 * at the equator and 0.75 × 0.6 km at 52° N: a few city blocks, the scale at which an operator
 * acts on an area, and tens of seconds of driving, so a drive test gives each square enough
 * samples to score. Precision 7 (150 m squares) leaves a drive a few seconds per square.
 */
export const defaultGeohashPrecision = 6

/** Precisions the grid accepts: 4 (about 39 × 20 km) to 8 (about 38 × 19 m). */
export const geohashPrecisionRange = [4, 8] as const

export interface AreaOptions {
  /**
   * Whether measurements inside a task area (the `areas` table, its 2D footprint; the altitude band
   * is not applied) count for that area. Default true. Measurements outside every task area, or all
   * of them when false or when the project has none, count for their geohash square.
   */
  taskAreas?: boolean
  /** Geohash characters of the grid squares; default defaultGeohashPrecision (6). */
  geohashPrecision?: number
}

/** Finds the area of a position. */
export interface AreaLocator {
  /** The area of a position (the first task area containing it by name, else its square); null outside WGS 84 ranges. */
  locate(lon: number, lat: number): ExperienceArea | null
  /** Names of the task areas in use (empty when the grid alone is used). */
  readonly taskAreas: readonly string[]
  readonly geohashPrecision: number
}

interface TaskArea {
  area: ExperienceArea
  west: number
  south: number
  east: number
  north: number
}

function taskAreaOf(area: Area): TaskArea {
  const lons = area.ring.map(([lon]) => lon)
  const lats = area.ring.map(([, lat]) => lat)
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)]
  const ring = area.ring.map(([lon, lat]) => [lon, lat] as [number, number])
  const [first, last] = [ring[0], ring[ring.length - 1]]
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]])
  return { area: { id: area.name, unit: 'task-area', lon: (west + east) / 2, lat: (south + north) / 2, ring }, west, south, east, north }
}

function squareOf(hash: string): ExperienceArea {
  const b = geohashBounds(hash)
  const ring: [number, number][] = [[b.minLon, b.minLat], [b.maxLon, b.minLat], [b.maxLon, b.maxLat], [b.minLon, b.maxLat], [b.minLon, b.minLat]]
  return { id: hash, unit: 'geohash', lon: (b.minLon + b.maxLon) / 2, lat: (b.minLat + b.maxLat) / 2, ring }
}

/**
 * The area unit of experience problems: the project's task areas when it has any (and `taskAreas`
 * is not false), and a geohash grid for every measurement outside them. Task areas are the regions
 * the operator named; the grid makes sure no measurement is left without an area. The same position
 * always gets the same area object, so callers may key maps by it.
 */
export function createAreaLocator(areas: readonly Area[], options: AreaOptions = {}): AreaLocator {
  const precision = options.geohashPrecision ?? defaultGeohashPrecision
  const [low, high] = geohashPrecisionRange
  if (!Number.isInteger(precision) || precision < low || precision > high) {
    throw new RangeError(`geohashPrecision must be a whole number of characters within ${low}…${high}, not ${precision}`)
  }
  const tasks = options.taskAreas === false ? [] : [...areas].sort((a, b) => a.name.localeCompare(b.name)).filter((a) => a.ring.length >= 3).map(taskAreaOf)
  const squares = new Map<string, ExperienceArea>()
  return {
    taskAreas: tasks.map((t) => t.area.id),
    geohashPrecision: precision,
    locate(lon, lat) {
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) return null
      for (const t of tasks) {
        if (lon >= t.west && lon <= t.east && lat >= t.south && lat <= t.north && pointInRing(lon, lat, t.area.ring)) return t.area
      }
      const hash = encodeGeohash(lat, lon, precision)
      let square = squares.get(hash)
      if (square === undefined) squares.set(hash, (square = squareOf(hash)))
      return square
    },
  }
}
