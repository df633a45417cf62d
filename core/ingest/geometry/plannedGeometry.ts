import type { ImportRunContext } from '../importer.js'

export type AltitudeReference = 'AGL' | 'AMSL'

/**
 * A route as a source file gives it, before the project's rules (names, altitude defaults) apply.
 * `altitudeM` is null on a vertex whose altitude the file does not give.
 */
export interface PlannedRoute {
  /** The file's name for it; null or blank when unnamed. */
  name: string | null
  /** null when the file does not say (e.g. KML clampToGround, GeoJSON without `altitudeRef`). */
  altitudeRef: AltitudeReference | null
  points: [lonDeg: number, latDeg: number, altitudeM: number | null][]
  /**
   * True when the source lays the line on the ground (KML clampToGround, the KML default): the file's
   * altitudes are ignored (OGC KML 2.2, kml:altitudeModeEnumType) and the route, without `--altitude-m`, is at 0 m AGL.
   */
  groundClamped: boolean
  /** Line in the file where the feature starts, for `file:line:field` messages. */
  line: number
}

/** A task area as a source file gives it: its outer ring and, when stated, its altitude band. */
export interface PlannedArea {
  name: string | null
  altitudeRef: AltitudeReference | null
  /** Outer ring [lon, lat]; closed or not (the store closes it). */
  ring: [lonDeg: number, latDeg: number][]
  minAltitudeM: number | null
  maxAltitudeM: number | null
  line: number
}

/** Everything a route/area file holds. */
export interface PlannedGeometry {
  routes: PlannedRoute[]
  areas: PlannedArea[]
  /** Features of other geometry types (points, waypoints…) that were skipped, by type, for one warning. */
  ignored: Map<string, number>
}

/** Where readers report a feature they cannot use (rejected) and whole-file remarks. */
export type GeometryIssues = Pick<ImportRunContext, 'reject' | 'warn'>

export function emptyPlannedGeometry(): PlannedGeometry {
  return { routes: [], areas: [], ignored: new Map() }
}

/** Counts a skipped feature of another geometry type. */
export function noteIgnored(geometry: PlannedGeometry, type: string): void {
  geometry.ignored.set(type, (geometry.ignored.get(type) ?? 0) + 1)
}

/** Reads `AGL`/`AMSL` (any case); null for anything else. */
export function parseAltitudeReference(text: unknown): AltitudeReference | null {
  if (typeof text !== 'string') return null
  const upper = text.trim().toUpperCase()
  return upper === 'AGL' || upper === 'AMSL' ? upper : null
}

/** Throws a message naming the problem when a position is outside WGS 84 degrees or not finite. */
export function checkPosition(lonDeg: number, latDeg: number): void {
  if (!Number.isFinite(lonDeg) || !Number.isFinite(latDeg)) throw new GeometryError(`not a number: ${lonDeg}, ${latDeg}`)
  if (lonDeg < -180 || lonDeg > 180) throw new GeometryError(`longitude ${lonDeg} is outside ±180°`)
  if (latDeg < -90 || latDeg > 90) throw new GeometryError(`latitude ${latDeg} is outside ±90°`)
}

/** Why one feature cannot be used; it becomes a rejected feature naming `field`. */
export class GeometryError extends Error {
  constructor(
    message: string,
    readonly field = 'coordinates',
  ) {
    super(message)
    this.name = 'GeometryError'
  }
}
