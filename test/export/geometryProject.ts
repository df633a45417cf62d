import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import type { FileImportOutcome } from '../../core/api/schemas/importSchemas.js'
import { importFile } from '../../core/ingest/importFile.js'
import type { ImportOptions } from '../../core/ingest/importer.js'

const now = new Date('2026-11-30T00:00:00Z')

/** A fresh temporary folder for one suite's generated files and projects. */
export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `certus-${prefix}-`))
}

/** A new empty project in its own folder. */
export function newProject(folder: string): ProjectDb {
  return openProjectDb(join(mkdtempSync(join(folder, 'p-')), 'p.certus'))
}

/** Imports one file as `certus import` would. */
export function importInto(db: ProjectDb, path: string, options: ImportOptions = {}): Promise<FileImportOutcome> {
  return importFile(db, path, options, { now })
}

export interface StoredRoute {
  name: string
  altitudeRef: string
  points: [number, number, number][]
}

/** The project's routes with their vertices, by name. */
export function storedRoutes(db: ProjectDb): Map<string, StoredRoute> {
  const routes = db.prepare('SELECT id, name, altitude_ref FROM routes ORDER BY id').all() as { id: number; name: string; altitude_ref: string }[]
  const points = db.prepare('SELECT lon, lat, altitude_m FROM route_points WHERE route_id = ? ORDER BY seq').raw()
  return new Map(routes.map((r) => [r.name, { name: r.name, altitudeRef: r.altitude_ref, points: points.all(r.id) as [number, number, number][] }]))
}

export interface StoredArea {
  name: string
  altitudeRef: string
  minAltitudeM: number
  maxAltitudeM: number
  ring: [number, number][]
}

/** The project's areas, by name. */
export function storedAreas(db: ProjectDb): Map<string, StoredArea> {
  const rows = db.prepare('SELECT name, altitude_ref, min_altitude_m, max_altitude_m, ring_json FROM areas ORDER BY id').all() as {
    name: string; altitude_ref: string; min_altitude_m: number; max_altitude_m: number; ring_json: string
  }[]
  return new Map(rows.map((r) => [r.name, { name: r.name, altitudeRef: r.altitude_ref, minAltitudeM: r.min_altitude_m, maxAltitudeM: r.max_altitude_m, ring: JSON.parse(r.ring_json) as [number, number][] }]))
}
