import Database from 'better-sqlite3'
import { closeSync, fsyncSync, openSync } from 'node:fs'
import type { ExportProgress } from './exportProgress.js'
import type { ExportFeature, ExportTable } from './exportTable.js'
import { geoPackageGeometry, type Envelope } from './geoPackageBinary.js'
import {
  featureCountTriggersSql, geoPackageApplicationId, geoPackageCoreSql, geoPackageUserVersion, quoteIdentifier, rtreeSql,
} from './geoPackageSchema.js'

const srsId = 4326
const geometryColumn = 'geom'
const sqlTypes = { integer: 'INTEGER', real: 'REAL', text: 'TEXT', datetime: 'DATETIME' } as const
// gpkg_geometry_columns.z: 0 prohibited, 1 mandatory, 2 optional (OGC 12-128r18 Table 2.1.5).
const zFlags = { never: 0, always: 1, some: 2 } as const

export interface GeoPackageOptions {
  /** Path of a better-sqlite3 addon for the running runtime (the Electron host passes its own). */
  nativeBinding?: string
  now: Date
}

/**
 * Writes the tables as a new GeoPackage 1.3 at `path` (which must not exist): one feature table per
 * export table with `fid INTEGER PRIMARY KEY AUTOINCREMENT` (the project's id), a GeoPackageBinary
 * `geom` column in EPSG:4326 and the fields as columns, registered in gpkg_contents and
 * gpkg_geometry_columns, with an R-tree spatial index and GDAL's feature counts, so that QGIS opens
 * ten million samples at once. Rows go in one transaction per page.
 */
export async function writeGeoPackage(tables: readonly ExportTable[], path: string, progress: ExportProgress, options: GeoPackageOptions): Promise<number> {
  const db = new Database(path, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding })
  let written = 0
  try {
    // A fresh file renamed into place only when complete: no journal is needed to protect it.
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma(`application_id = ${geoPackageApplicationId}`)
    db.pragma(`user_version = ${geoPackageUserVersion}`)
    db.exec(geoPackageCoreSql)
    for (const table of tables) written += await writeFeatureTable(db, table, progress, options.now)
  } finally {
    db.close()
  }
  const fd = openSync(path, 'r+')
  fsyncSync(fd)
  closeSync(fd)
  return written
}

async function writeFeatureTable(db: Database.Database, table: ExportTable, progress: ExportProgress, now: Date): Promise<number> {
  const name = quoteIdentifier(table.name)
  const columns = table.fields.map((f) => `${quoteIdentifier(f.name)} ${sqlTypes[f.type]}`)
  db.exec(`CREATE TABLE ${name} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ${geometryColumn} ${table.geometryType.toUpperCase()}${columns.map((c) => `, ${c}`).join('')})`)
  db.exec(`CREATE VIRTUAL TABLE ${quoteIdentifier(`rtree_${table.name}_${geometryColumn}`)} USING rtree(id, minx, maxx, miny, maxy)`)
  db.prepare('INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    table.name, 'features', table.name, table.title, now.toISOString(), srsId,
  )
  db.prepare('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, ?, 0)').run(table.name, geometryColumn, table.geometryType.toUpperCase(), srsId, zFlags[table.z])
  db.prepare("INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')").run(table.name, geometryColumn)

  const insert = db.prepare(`INSERT INTO ${name} VALUES (?, ?${', ?'.repeat(table.fields.length)})`)
  const index = db.prepare(`INSERT INTO ${quoteIdentifier(`rtree_${table.name}_${geometryColumn}`)} VALUES (?, ?, ?, ?, ?)`)
  const extent: Envelope = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity }
  let written = 0
  const writePage = db.transaction((page: readonly ExportFeature[]) => {
    for (const feature of page) {
      const { blob, envelope } = geoPackageGeometry(feature.geometry, srsId)
      insert.run(feature.id, blob, ...feature.values)
      index.run(feature.id, envelope.minX, envelope.maxX, envelope.minY, envelope.maxY)
      extent.minX = Math.min(extent.minX, envelope.minX)
      extent.maxX = Math.max(extent.maxX, envelope.maxX)
      extent.minY = Math.min(extent.minY, envelope.minY)
      extent.maxY = Math.max(extent.maxY, envelope.maxY)
    }
  })
  for (const page of table.pages()) {
    writePage(page)
    written += page.length
    await progress.advance(page.length, 'gpkg')
  }
  if (written > 0) {
    db.prepare('UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?').run(extent.minX, extent.minY, extent.maxX, extent.maxY, table.name)
  }
  db.prepare('INSERT INTO gpkg_ogr_contents VALUES (?, ?)').run(table.name, written)
  // Triggers last: the bulk insert above maintains the index and the count itself, faster.
  db.exec(rtreeSql(table.name, geometryColumn, 'fid'))
  db.exec(featureCountTriggersSql(table.name))
  return written
}
