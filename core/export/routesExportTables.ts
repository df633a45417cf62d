import type { ProjectDb } from '../db/openProjectDb.js'
import { routeLengthM } from '../geo/routeLength.js'
import { exportPageSize, type AltitudeReferenceOrNone, type CsvView, type ExportFeature, type ExportTable, type ExportValue } from './exportTable.js'
import { counterClockwise } from './ringOrientation.js'

interface RouteRow {
  id: number
  name: string
  altitude_ref: 'AGL' | 'AMSL'
  import_id: number | null
}

interface AreaRow extends RouteRow {
  min_altitude_m: number
  max_altitude_m: number
  ring_json: string
}

/** Planned routes as 3D LineStrings [lon, lat, altitudeM]; the reference (AGL/AMSL) is a field. */
export function routesExportTable(db: ProjectDb): ExportTable {
  const routes = db.prepare('SELECT id, name, altitude_ref, import_id FROM routes WHERE id > ? ORDER BY id LIMIT ?')
  const points = db.prepare('SELECT lon, lat, altitude_m FROM route_points WHERE route_id = ? ORDER BY seq').raw()
  return {
    name: 'routes',
    title: 'Routes',
    geometryType: 'LineString',
    z: 'always',
    fields: [
      { name: 'name', type: 'text' }, { name: 'altitude_ref', type: 'text' }, { name: 'vertices', type: 'integer' },
      { name: 'length_m', type: 'real' }, { name: 'import_id', type: 'integer' },
    ],
    count: db.prepare('SELECT count(*) FROM routes').pluck().get() as number,
    pages: () =>
      pagesOf<RouteRow>((lastId) => routes.all(lastId, exportPageSize) as RouteRow[], (r) => {
        const vertices = points.all(r.id) as [number, number, number][]
        return {
          id: r.id,
          geometry: { type: 'LineString', coordinates: vertices },
          altitudeRef: r.altitude_ref,
          values: [r.name, r.altitude_ref, vertices.length, Math.round(routeLengthM(vertices) * 10) / 10, r.import_id],
        }
      }),
  }
}

/** Task areas as Polygons (outer ring, counter-clockwise); the altitude band is in fields. */
export function areasExportTable(db: ProjectDb): ExportTable {
  const areas = db.prepare('SELECT id, name, altitude_ref, min_altitude_m, max_altitude_m, ring_json, import_id FROM areas WHERE id > ? ORDER BY id LIMIT ?')
  return {
    name: 'areas',
    title: 'Task areas',
    geometryType: 'Polygon',
    z: 'never',
    fields: [
      { name: 'name', type: 'text' }, { name: 'altitude_ref', type: 'text' }, { name: 'min_altitude_m', type: 'real' },
      { name: 'max_altitude_m', type: 'real' }, { name: 'import_id', type: 'integer' },
    ],
    count: db.prepare('SELECT count(*) FROM areas').pluck().get() as number,
    pages: () =>
      pagesOf<AreaRow>((lastId) => areas.all(lastId, exportPageSize) as AreaRow[], (a) => ({
        id: a.id,
        geometry: { type: 'Polygon', coordinates: [counterClockwise(JSON.parse(a.ring_json) as number[][])] },
        altitudeRef: a.altitude_ref as AltitudeReferenceOrNone,
        values: [a.name, a.altitude_ref, a.min_altitude_m, a.max_altitude_m, a.import_id],
      })),
  }
}

function* pagesOf<R extends { id: number }>(read: (lastId: number) => R[], toFeature: (row: R) => ExportFeature): Generator<ExportFeature[]> {
  let lastId = 0
  for (;;) {
    const rows = read(lastId)
    if (rows.length === 0) return
    yield rows.map(toFeature)
    lastId = (rows[rows.length - 1] as R).id
    if (rows.length < exportPageSize) return
  }
}

/**
 * Routes and areas in CSV: one row per vertex, in the columns the route-table importer reads back
 * (kind, name, seq, lon_deg, lat_deg, altitude_m, altitude_ref, min/max_altitude_m for areas).
 */
export function routesCsvView(routes: ExportTable, areas: ExportTable): CsvView {
  return {
    header: ['kind', 'name', 'seq', 'lon_deg', 'lat_deg', 'altitude_m', 'altitude_ref', 'min_altitude_m', 'max_altitude_m'],
    count: routes.count + areas.count,
    *pages() {
      for (const page of routes.pages()) {
        yield page.flatMap((f) => (f.geometry.coordinates as number[][]).map(([lon, lat, alt], seq): ExportValue[] => ['route', f.values[0] ?? null, seq + 1, lon ?? null, lat ?? null, alt ?? null, f.altitudeRef, null, null]))
      }
      for (const page of areas.pages()) {
        yield page.flatMap((f) => {
          const ring = (f.geometry.coordinates as number[][][])[0] ?? []
          return ring.map(([lon, lat], seq): ExportValue[] => ['area', f.values[0] ?? null, seq + 1, lon ?? null, lat ?? null, null, f.altitudeRef, f.values[2] ?? null, f.values[3] ?? null])
        })
      }
    },
  }
}
