import Database from 'better-sqlite3'
import { XMLParser } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportFormats, exportLayers } from '../../core/api/schemas/exportSchemas.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { exportLayer } from '../../core/export/exportLayer.js'
import { geoPackageApplicationId } from '../../core/export/geoPackageSchema.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { ogrinfo, validateGeoPackage } from './ogrinfo.js'
import { tempFolder } from './geometryProject.js'

const now = new Date('2026-11-30T00:00:00Z')
const dir = tempFolder('export')
const projectPath = join(dir, 'demo.certus')
let db: ProjectDb
let counts: { samples: number; cells: number; routes: number; areas: number; routeVertices: number; areaVertices: number }
const out = (layer: string, format: string): string => join(dir, `${layer}.${format}`)

beforeAll(async () => {
  await createDemoProjectFile(projectPath, { now })
  db = openProjectDb(projectPath, { mustExist: true })
  const n = (sql: string): number => db.prepare(sql).pluck().get() as number
  counts = {
    samples: n('SELECT count(*) FROM samples'), cells: n('SELECT count(*) FROM cells'), routes: n('SELECT count(*) FROM routes'), areas: n('SELECT count(*) FROM areas'),
    routeVertices: n('SELECT count(*) FROM route_points'), areaVertices: n('SELECT sum(json_array_length(ring_json)) FROM areas'),
  }
  for (const layer of exportLayers) {
    for (const format of exportFormats) {
      const result = await exportLayer(db, { layer, format, out: out(layer, format) }, { now, projectPath })
      expect(result).toEqual({ path: out(layer, format), features: layer === 'routes' ? counts.routes + counts.areas : counts[layer] })
    }
  }
})
afterAll(() => db?.close())

describe('exporting the demo project', () => {
  it('writes every layer in every format, atomically: no partial file is left beside them', () => {
    expect(counts).toMatchObject({ samples: 2018, cells: 90, routes: 2, areas: 1 })
    for (const layer of exportLayers) for (const format of exportFormats) expect(existsSync(out(layer, format))).toBe(true)
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([])
  })

  it('writes GeoPackages that GDAL opens with the project counts, 3D geometry types and EPSG:4326', () => {
    const samples = ogrinfo(out('samples', 'gpkg'))
    expect(samples.driver).toBe('GPKG')
    expect(samples.stderr).toBe('')
    expect(samples.layers).toMatchObject([{ name: 'samples', geometry: '3D Point', featureCount: counts.samples, epsg: 4326 }])
    expect(samples.layers[0]?.fields).toEqual(expect.arrayContaining(['time_utc', 'rsrp_dbm', 'rsrq_db', 'sinr_db', 'dl_mbps', 'altitude_m', 'altitude_ref', 'cell_name']))
    const cells = ogrinfo(out('cells', 'gpkg'))
    expect(cells.layers).toMatchObject([{ name: 'cells', geometry: '3D Point', featureCount: counts.cells, epsg: 4326 }])
    expect(cells.layers[0]?.fields).toEqual(expect.arrayContaining(['name', 'site_name', 'azimuth_deg', 'mechanical_tilt_deg', 'electrical_tilt_deg', 'pci', 'arfcn', 'tx_power_dbm', 'height_m']))
    const routes = ogrinfo(out('routes', 'gpkg'))
    expect(routes.stderr).toBe('')
    expect(routes.layers).toMatchObject([
      { name: 'routes', geometry: '3D Line String', featureCount: counts.routes, epsg: 4326 },
      { name: 'areas', geometry: 'Polygon', featureCount: counts.areas, epsg: 4326 },
    ])
  })

  it('writes GeoPackages that pass GDAL\'s conformance checker (validate_gpkg.py)', () => {
    for (const layer of exportLayers) expect(validateGeoPackage(out(layer, 'gpkg'))).toBe('')
  })

  it('marks the GeoPackage as GPKG 1.3 with the required reference systems and GeoPackageBinary geometries', () => {
    const gpkg = new Database(out('samples', 'gpkg'), { readonly: true })
    try {
      expect(gpkg.pragma('application_id', { simple: true })).toBe(geoPackageApplicationId)
      expect(gpkg.pragma('user_version', { simple: true })).toBe(10300)
      expect(gpkg.prepare('SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id').pluck().all()).toEqual([-1, 0, 4326])
      expect(gpkg.prepare('SELECT table_name, data_type, srs_id FROM gpkg_contents').all()).toEqual([{ table_name: 'samples', data_type: 'features', srs_id: 4326 }])
      expect(gpkg.prepare('SELECT geometry_type_name, z, m FROM gpkg_geometry_columns').get()).toEqual({ geometry_type_name: 'POINT', z: 1, m: 0 })
      const blob = gpkg.prepare('SELECT geom FROM samples ORDER BY fid LIMIT 1').pluck().get() as Buffer
      expect(blob.subarray(0, 2).toString('ascii')).toBe('GP')
      expect([blob[2], blob[3], blob.readInt32LE(4)]).toEqual([0, 0b11, 4326])
      // ISO WKB after the 8-byte header and the 32-byte XY envelope: little-endian Point Z.
      expect([blob[40], blob.readUInt32LE(41)]).toEqual([1, 1001])
      expect(gpkg.prepare('SELECT count(*) FROM rtree_samples_geom').pluck().get()).toBe(counts.samples)
      expect(gpkg.prepare('SELECT feature_count FROM gpkg_ogr_contents').pluck().get()).toBe(counts.samples)
    } finally {
      gpkg.close()
    }
  })

  it('writes GeoJSON that GDAL reads with the project counts, routes as 3D LineStrings and areas as Polygons', () => {
    expect(ogrinfo(out('samples', 'geojson')).layers).toMatchObject([{ geometry: '3D Point', featureCount: counts.samples }])
    expect(ogrinfo(out('cells', 'geojson')).layers).toMatchObject([{ geometry: '3D Point', featureCount: counts.cells }])
    const routes = ogrinfo(out('routes', 'geojson'))
    expect(routes.layers).toMatchObject([{ featureCount: counts.routes + counts.areas }])
    expect([4326, 4979]).toContain(routes.layers[0]?.epsg)
    const collection = JSON.parse(readFileSync(out('routes', 'geojson'), 'utf8')) as { features: { geometry: { type: string; coordinates: number[][] }; properties: Record<string, unknown> }[] }
    const lines = collection.features.filter((f) => f.geometry.type === 'LineString')
    expect(lines).toHaveLength(counts.routes)
    for (const line of lines) for (const position of line.geometry.coordinates) expect(position).toHaveLength(3)
    expect(collection.features.find((f) => f.geometry.type === 'Polygon')?.properties).toMatchObject({ layer: 'areas', name: 'Task area A', min_altitude_m: 30, max_altitude_m: 150 })
  })

  it('writes KML that GDAL reads with the project counts, and routes as extruded 3D lines relative to the ground', () => {
    const samples = ogrinfo(out('samples', 'kml'))
    expect(samples.layers).toMatchObject([{ name: 'samples', featureCount: counts.samples }])
    expect(ogrinfo(out('cells', 'kml')).layers).toMatchObject([{ name: 'cells', featureCount: counts.cells }])
    expect(ogrinfo(out('routes', 'kml')).layers).toMatchObject([{ name: 'routes', featureCount: counts.routes }, { name: 'areas', featureCount: counts.areas }])
    const kml = readFileSync(out('routes', 'kml'), 'utf8')
    expect(kml.match(/<LineString><extrude>1<\/extrude><altitudeMode>relativeToGround<\/altitudeMode>/g)).toHaveLength(counts.routes)
    const altitudes = [...kml.matchAll(/<LineString>.*?<coordinates>(.*?)<\/coordinates>/g)].flatMap((m) => (m[1] as string).split(' ').map((t) => Number(t.split(',')[2])))
    expect(altitudes).toHaveLength(counts.routeVertices)
    expect(new Set(altitudes)).toEqual(new Set([60, 120]))
  })

  it('colours KML samples by RSRP class and places them relative to the ground (the demo samples are AGL)', () => {
    const kml = readFileSync(out('samples', 'kml'), 'utf8')
    const styled = [...kml.matchAll(/<styleUrl>#(rsrp-[a-z]+)<\/styleUrl>/g)].map((m) => m[1])
    expect(styled).toHaveLength(counts.samples)
    expect(new Set(styled).size).toBeGreaterThan(2)
    expect(kml.match(/<Point><altitudeMode>relativeToGround<\/altitudeMode>/g)).toHaveLength(counts.samples)
  })

  it('writes KMZ as a zip of doc.kml that parses to the same placemarks', () => {
    for (const layer of exportLayers) {
      const entries = unzipSync(readFileSync(out(layer, 'kmz')))
      expect(Object.keys(entries)).toEqual(['doc.kml'])
      const text = strFromU8(entries['doc.kml'] as Uint8Array)
      expect(text).toBe(readFileSync(out(layer, 'kml'), 'utf8'))
      const doc = new XMLParser({ isArray: (name) => ['Folder', 'Placemark'].includes(name) }).parse(text) as { kml: { Document: { Folder: { Placemark?: unknown[] }[] } } }
      const placemarks = doc.kml.Document.Folder.reduce((sum, folder) => sum + (folder.Placemark?.length ?? 0), 0)
      expect(placemarks).toBe(layer === 'routes' ? counts.routes + counts.areas : counts[layer])
    }
  })

  it('writes CSV with units in the header and one row per sample, cell or route vertex', () => {
    const rows = (layer: string): string[] => readFileSync(out(layer, 'csv'), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    const samples = rows('samples')
    expect(samples).toHaveLength(counts.samples + 1)
    expect(samples[0]?.split(',')).toEqual(expect.arrayContaining(['id', 'lon_deg', 'lat_deg', 'altitude_m', 'time_utc', 'rsrp_dbm', 'sinr_db', 'dl_mbps', 'ul_mbps']))
    const cells = rows('cells')
    expect(cells).toHaveLength(counts.cells + 1)
    expect(cells[0]?.split(',')).toEqual(expect.arrayContaining(['name', 'height_m', 'azimuth_deg', 'mechanical_tilt_deg', 'electrical_tilt_deg', 'pci', 'arfcn', 'fc_mhz', 'bandwidth_mhz', 'tx_power_dbm']))
    const routes = rows('routes')
    expect(routes[0]).toBe('kind,name,seq,lon_deg,lat_deg,altitude_m,altitude_ref,min_altitude_m,max_altitude_m')
    expect(routes).toHaveLength(counts.routeVertices + counts.areaVertices + 1)
  })
})
