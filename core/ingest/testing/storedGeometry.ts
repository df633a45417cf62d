import type { ProjectDb } from '../../db/openProjectDb.js'

export interface StoredRoute {
  name: string
  altitudeRef: string
  points: number[][]
}

export interface StoredArea {
  altitudeRef: string
  minAltitudeM: number
  maxAltitudeM: number
  ring: number[][]
}

/** Routes as the project holds them, by name in the order stored, with their [lon, lat, altitudeM] vertices. */
export function storedRoutes(db: ProjectDb): Map<string, StoredRoute> {
  const points = db.prepare('SELECT lon, lat, altitude_m FROM route_points WHERE route_id = ? ORDER BY seq').raw()
  const routes = db.prepare('SELECT id, name, altitude_ref FROM routes ORDER BY id').all() as { id: number; name: string; altitude_ref: string }[]
  return new Map(routes.map((r) => [r.name, { name: r.name, altitudeRef: r.altitude_ref, points: points.all(r.id) as number[][] }]))
}

/** Areas as the project holds them, by name in the order stored. */
export function storedAreas(db: ProjectDb): Map<string, StoredArea> {
  const areas = db.prepare('SELECT name, altitude_ref, min_altitude_m, max_altitude_m, ring_json FROM areas ORDER BY id').all() as {
    name: string
    altitude_ref: string
    min_altitude_m: number
    max_altitude_m: number
    ring_json: string
  }[]
  return new Map(
    areas.map((a) => [
      a.name,
      { altitudeRef: a.altitude_ref, minAltitudeM: a.min_altitude_m, maxAltitudeM: a.max_altitude_m, ring: JSON.parse(a.ring_json) as number[][] },
    ]),
  )
}
