import type { ProjectDb } from './openProjectDb.js'
import type { Area, Route } from '../api/schemas/layerSchemas.js'
import { routeLengthM } from '../geo/routeLength.js'

/** Stores a planned route with its 3D vertices. */
export function insertRoute(db: ProjectDb, importId: number | null, route: Omit<Route, 'lengthM'>): number {
  const routeId = Number(
    db.prepare('INSERT INTO routes (name, altitude_ref, import_id) VALUES (?, ?, ?)').run(route.name, route.altitudeRef, importId)
      .lastInsertRowid,
  )
  const point = db.prepare('INSERT INTO route_points (route_id, seq, lon, lat, altitude_m) VALUES (?, ?, ?, ?, ?)')
  route.points.forEach(([lon, lat, altitudeM], seq) => point.run(routeId, seq, lon, lat, altitudeM))
  return routeId
}

export function listRoutes(db: ProjectDb): Route[] {
  const routes = db.prepare('SELECT id, name, altitude_ref FROM routes ORDER BY name').all() as {
    id: number
    name: string
    altitude_ref: Route['altitudeRef']
  }[]
  const points = db.prepare('SELECT lon, lat, altitude_m FROM route_points WHERE route_id = ? ORDER BY seq').raw()
  return routes.map((r) => {
    const vertices = points.all(r.id) as [number, number, number][]
    return { name: r.name, altitudeRef: r.altitude_ref, points: vertices, lengthM: routeLengthM(vertices) }
  })
}

/** Stores a task area: one outer ring and its altitude band. */
export function insertArea(db: ProjectDb, importId: number | null, area: Area): number {
  return Number(
    db
      .prepare('INSERT INTO areas (name, altitude_ref, min_altitude_m, max_altitude_m, ring_json, import_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(area.name, area.altitudeRef, area.minAltitudeM, area.maxAltitudeM, JSON.stringify(area.ring), importId).lastInsertRowid,
  )
}

export function listAreas(db: ProjectDb): Area[] {
  const rows = db.prepare('SELECT name, altitude_ref, min_altitude_m, max_altitude_m, ring_json FROM areas ORDER BY name').all() as {
    name: string
    altitude_ref: Area['altitudeRef']
    min_altitude_m: number
    max_altitude_m: number
    ring_json: string
  }[]
  return rows.map((r) => ({
    name: r.name,
    altitudeRef: r.altitude_ref,
    minAltitudeM: r.min_altitude_m,
    maxAltitudeM: r.max_altitude_m,
    ring: JSON.parse(r.ring_json) as [number, number][],
  }))
}
