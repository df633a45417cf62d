import { basename } from 'node:path'
import type { ProjectDb } from './openProjectDb.js'
import type { Bbox, ProjectSummary } from '../api/schemas/projectSchemas.js'
import { listImports } from './importsTable.js'

const count = (db: ProjectDb, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/** The counts and names a user sees first; `path` is the project file it was read from. */
export function readProjectSummary(db: ProjectDb, path: string): ProjectSummary {
  const names = (table: string): string[] => (db.prepare(`SELECT name FROM ${table} ORDER BY name`).pluck().all() as string[])
  const name = (db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get() as string | undefined) ?? basename(path).replace(/\.[^.]+$/, '')
  return {
    path,
    name,
    samples: count(db, 'samples'),
    cells: count(db, 'cells'),
    sites: count(db, 'sites'),
    // KPI and KQI tables arrive with the ingest migration; until then a project holds none.
    kpiRows: tableExists(db, 'kpi_values') ? count(db, 'kpi_values') : 0,
    kqiRows: tableExists(db, 'kqi_values') ? count(db, 'kqi_values') : 0,
    routes: count(db, 'routes'),
    areas: count(db, 'areas'),
    routeNames: names('routes'),
    areaNames: names('areas'),
    imports: listImports(db),
    bbox: readBbox(db),
  }
}

function tableExists(db: ProjectDb, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined
}

/** Extent of cells, samples, routes and areas together; null for an empty project. */
function readBbox(db: ProjectDb): Bbox | null {
  const row = db
    .prepare(
      `SELECT min(lon) AS minLon, min(lat) AS minLat, max(lon) AS maxLon, max(lat) AS maxLat FROM (
         SELECT lon, lat FROM cells
         UNION ALL SELECT min_lon, min_lat FROM samples_rtree
         UNION ALL SELECT max_lon, max_lat FROM samples_rtree
         UNION ALL SELECT lon, lat FROM route_points)`,
    )
    .get() as { minLon: number | null; minLat: number | null; maxLon: number | null; maxLat: number | null }
  let { minLon, minLat, maxLon, maxLat } = row
  for (const area of db.prepare('SELECT ring_json FROM areas').pluck().all() as string[]) {
    for (const [lon, lat] of JSON.parse(area) as [number, number][]) {
      minLon = Math.min(minLon ?? lon, lon)
      maxLon = Math.max(maxLon ?? lon, lon)
      minLat = Math.min(minLat ?? lat, lat)
      maxLat = Math.max(maxLat ?? lat, lat)
    }
  }
  if (minLon === null || minLat === null || maxLon === null || maxLat === null) return null
  return { minLon, minLat, maxLon, maxLat }
}

export function setProjectName(db: ProjectDb, name: string): void {
  db.prepare("INSERT INTO meta (key, value) VALUES ('name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(name)
}
