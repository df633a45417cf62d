import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCertus } from '../cli/cliProcess.js'
import { tempFolder } from './geometryProject.js'
import { ogrinfo } from './ogrinfo.js'

const dir = tempFolder('export-cli')
const project = join(dir, 'demo.certus')

beforeAll(() => {
  expect(runCertus(['demo', project]).status).toBe(0)
})

describe('certus export', () => {
  it('writes the layer and prints {path, format, layer, features} with --json', () => {
    const out = join(dir, 'cells.gpkg')
    const run = runCertus(['export', project, '--format', 'gpkg', '--layer', 'cells', '--out', out, '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const info = JSON.parse(run.stdout) as Record<string, unknown>
    expect(info).toEqual({ path: out, format: 'gpkg', layer: 'cells', features: 90 })
    expect(ogrinfo(out).layers).toMatchObject([{ name: 'cells', featureCount: 90 }])
  })

  it('says what it wrote, and the KML routes are extruded', () => {
    const run = runCertus(['export', project, '--format', 'kml', '--layer', 'routes', '--out', join(dir, 'routes.kml')])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`3 routes and areas → ${join(dir, 'routes.kml')} (kml)`)
    expect(readFileSync(join(dir, 'routes.kml'), 'utf8')).toContain('<extrude>1</extrude>')
  })

  it('is a usage error (exit 2) for a missing or unknown format or layer, or no --out', () => {
    const bad = runCertus(['export', project, '--format', 'shp', '--layer', 'samples', '--out', join(dir, 'x.shp')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--format must be one of csv, geojson, kml, kmz, gpkg, not "shp"')
    const layer = runCertus(['export', project, '--format', 'csv', '--layer', 'kpi', '--out', join(dir, 'x.csv')])
    expect(layer.status).toBe(2)
    expect(layer.stderr).toContain('--layer must be one of samples, cells, routes, not "kpi"')
    expect(runCertus(['export', project, '--format', 'csv', '--layer', 'cells']).status).toBe(2)
    expect(runCertus(['export', '--format', 'csv', '--layer', 'cells', '--out', join(dir, 'x.csv')]).status).toBe(2)
    expect(existsSync(join(dir, 'x.csv'))).toBe(false)
  })

  it('fails (exit 1) with the reason for a missing project or folder', () => {
    const missing = runCertus(['export', join(dir, 'none.certus'), '--format', 'csv', '--layer', 'cells', '--out', join(dir, 'x.csv')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('no such project file')
    const folder = runCertus(['export', project, '--format', 'csv', '--layer', 'cells', '--out', join(dir, 'missing', 'x.csv')])
    expect(folder.status).toBe(1)
    expect(folder.stderr).toMatch(/the folder .*missing does not exist/)
  })

  it('exports an empty layer as an empty file, exit 0, with a note', () => {
    const empty = join(dir, 'empty.certus')
    expect(runCertus(['import', empty, join(dir, 'routes.kml')]).status).toBe(0)
    const run = runCertus(['export', empty, '--format', 'geojson', '--layer', 'samples', '--out', join(dir, 'none.geojson')])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('note: the samples layer is empty: wrote an empty geojson file')
    expect(JSON.parse(readFileSync(join(dir, 'none.geojson'), 'utf8'))).toMatchObject({ type: 'FeatureCollection', features: [] })
  })
})
