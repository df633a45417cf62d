import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportFormats } from '../../core/api/schemas/exportSchemas.js'
import { insertImport } from '../../core/db/importsTable.js'
import { insertArea, insertRoute } from '../../core/db/geometryTables.js'
import type { ProjectDb } from '../../core/db/openProjectDb.js'
import { exportLayer } from '../../core/export/exportLayer.js'
import { exportPageSize } from '../../core/export/exportTable.js'
import { samplesExportTable } from '../../core/export/samplesExportTable.js'
import { importInto, newProject, storedAreas, storedRoutes, tempFolder } from './geometryProject.js'
import { ogrinfo, validateGeoPackage } from './ogrinfo.js'

const now = new Date('2026-11-30T00:00:00Z')
const dir = tempFolder('export-edges')
const opened: ProjectDb[] = []
const project = (): ProjectDb => {
  const db = newProject(dir)
  opened.push(db)
  return db
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

/** A project with a route in AMSL, a route in AGL with Chinese names, and an area. */
function planProject(): ProjectDb {
  const db = project()
  const importId = insertImport(db, { fileName: 'plan', sha256: 'x', kind: 'route', rows: 3, rejected: 0, importedAt: now })
  insertRoute(db, importId, { name: '巡检 "一号", 低空', altitudeRef: 'AGL', points: [[114.05, 22.54, 60], [114.06, 22.55, 65.5], [114.07, 22.55, 70]] })
  insertRoute(db, importId, { name: 'Survey AMSL', altitudeRef: 'AMSL', points: [[114.01, 22.53, 180.5], [114.02, 22.54, 185]] })
  insertArea(db, importId, { name: 'Zone <A>', altitudeRef: 'AGL', minAltitudeM: 30, maxAltitudeM: 150, ring: [[114.0, 22.5], [114.0, 22.6], [114.1, 22.6], [114.1, 22.5], [114.0, 22.5]] })
  return db
}

describe('exported routes and areas read back', () => {
  for (const format of ['kml', 'kmz', 'geojson', 'csv'] as const) {
    it(`through the ${format} importer with the same names, vertices, altitudes, references and bands`, async () => {
      const source = planProject()
      const path = join(dir, `plan-${format}.${format}`)
      await exportLayer(source, { layer: 'routes', format, out: path }, { now })
      const target = project()
      const outcome = await importInto(target, path)
      expect(outcome).toMatchObject({ status: 'imported', rows: 3, rejected: 0 })
      expect(storedRoutes(target)).toEqual(storedRoutes(source))
      const areas = storedAreas(target)
      expect(areas.get('Zone <A>')).toMatchObject({ altitudeRef: 'AGL', minAltitudeM: 30, maxAltitudeM: 150 })
      // Exported counter-clockwise (RFC 7946 §3.1.6): the same ring, maybe reversed.
      expect(new Set(areas.get('Zone <A>')?.ring.map(String))).toEqual(new Set(storedAreas(source).get('Zone <A>')?.ring.map(String)))
    })
  }

  it('KML keeps each route\'s reference: relativeToGround for AGL, absolute for AMSL', async () => {
    const path = join(dir, 'refs.kml')
    await exportLayer(planProject(), { layer: 'routes', format: 'kml', out: path }, { now })
    const kml = readFileSync(path, 'utf8')
    expect(kml).toContain('<altitudeMode>absolute</altitudeMode><coordinates>114.01,22.53,180.5 114.02,22.54,185</coordinates>')
    expect(kml).toContain('<name>巡检 &quot;一号&quot;, 低空</name>')
  })
})

describe('an empty layer', () => {
  it('exports a valid empty file in every format and reports 0 features', async () => {
    const db = project()
    for (const format of exportFormats) {
      const path = join(dir, `empty.${format}`)
      expect(await exportLayer(db, { layer: 'samples', format, out: path }, { now })).toEqual({ path, features: 0 })
    }
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(dir, 'empty.geojson'), 'utf8'))).toEqual({ type: 'FeatureCollection', name: 'samples', features: [] })
    expect(ogrinfo(join(dir, 'empty.gpkg')).layers).toMatchObject([{ name: 'samples', featureCount: 0 }])
    expect(validateGeoPackage(join(dir, 'empty.gpkg'))).toBe('')
    expect(ogrinfo(join(dir, 'empty.kml')).layers).toMatchObject([{ name: 'samples', featureCount: 0 }])
  })
})

describe('a layer larger than a page', () => {
  it('streams in pages of at most exportPageSize and writes every sample', async () => {
    const db = project()
    const importId = insertImport(db, { fileName: 'many', sha256: 'y', kind: 'drivetest', rows: 0, rejected: 0, importedAt: now })
    const total = 2 * exportPageSize + 345
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO samples (import_id, time_ms, lon, lat, altitude_m, altitude_ref, rsrp_dbm) SELECT ?, i * 1000, 114 + i * 1e-6, 22.5, CASE WHEN i % 2 = 0 THEN 30 END, CASE WHEN i % 2 = 0 THEN 'AGL' END, -70 - i % 60 FROM n`,
    ).run(total, importId)
    const pages = [...samplesExportTable(db).pages()].map((page) => page.length)
    expect(pages).toEqual([exportPageSize, exportPageSize, 345])
    const path = join(dir, 'many.gpkg')
    const phases: number[] = []
    await exportLayer(db, { layer: 'samples', format: 'gpkg', out: path }, { now, onProgress: (done) => phases.push(done) })
    expect(phases.at(-1)).toBe(total)
    // Half the samples have no altitude: Z is optional in the column, and GDAL still sees 3D points.
    expect(ogrinfo(path).layers).toMatchObject([{ featureCount: total, geometry: '3D Point' }])
    expect(validateGeoPackage(path)).toBe('')
    const kml = join(dir, 'many.kml')
    await exportLayer(db, { layer: 'samples', format: 'kml', out: kml }, { now })
    expect(readFileSync(kml, 'utf8').match(/<altitudeMode>clampToGround<\/altitudeMode>/g)).toHaveLength(Math.ceil(total / 2))
  })
})

describe('the output file', () => {
  it('is left as it was when the export is cancelled, with no partial file beside it', async () => {
    const db = planProject()
    const path = join(dir, 'keep.gpkg')
    writeFileSync(path, 'earlier content')
    const controller = new AbortController()
    controller.abort()
    await expect(exportLayer(db, { layer: 'routes', format: 'gpkg', out: path }, { now, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(readFileSync(path, 'utf8')).toBe('earlier content')
    expect(readdirSync(dir).filter((f) => f.startsWith('.keep'))).toEqual([])
    await exportLayer(db, { layer: 'routes', format: 'gpkg', out: path }, { now })
    expect(ogrinfo(path).layers).toHaveLength(2)
  })

  it('is refused when relative, in a missing folder, a folder, or the project itself', async () => {
    const db = planProject()
    await expect(exportLayer(db, { layer: 'routes', format: 'csv', out: 'relative.csv' }, { now })).rejects.toThrow('relative.csv: the output path must be absolute')
    await expect(exportLayer(db, { layer: 'routes', format: 'csv', out: join(dir, 'no', 'x.csv') }, { now })).rejects.toThrow(/the folder .* does not exist/)
    await expect(exportLayer(db, { layer: 'routes', format: 'csv', out: dir }, { now })).rejects.toThrow('is a folder, not a file')
    await expect(exportLayer(db, { layer: 'routes', format: 'gpkg', out: db.name }, { now, projectPath: db.name })).rejects.toThrow('is the open project')
    expect(existsSync(join(dir, 'no'))).toBe(false)
  })
})
