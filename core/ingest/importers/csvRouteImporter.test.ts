import { afterEach, describe, expect, it } from 'vitest'
import { createImportHarness } from '../testing/importHarness.js'
import { storedAreas, storedRoutes } from '../testing/storedGeometry.js'
import type { FileProbe } from '../importer.js'
import { csvRouteImporters } from './csvRouteImporter.js'

const { project, write, importInto, closeProjects } = createImportHarness('certus-route-csv-')
afterEach(closeProjects)

describe('route vertex tables (CSV)', () => {
  it('reads Chinese headers, groups rows by route and orders them by 序号, altitudes AGL', async () => {
    const p = project()
    const text = [
      '航线,序号,经度,纬度,高度',
      '巡检一号,2,114.0510,22.5410,60',
      '巡检一号,1,114.0500,22.5400,60',
      '巡检二号,1,114.0600,22.5500,120',
      '巡检一号,3,114.0520,22.5420,65',
      '巡检二号,2,114.0610,22.5510,120',
    ].join('\r\n')
    const outcome = await importInto(p, write('航线.csv', `\uFEFF${text}\r\n`))
    expect(outcome).toMatchObject({ status: 'imported', kind: 'route', format: 'route-table', rows: 2, rejected: 0 })
    const routes = storedRoutes(p)
    expect(routes.get('巡检一号')).toEqual({ name: '巡检一号', altitudeRef: 'AGL', points: [[114.05, 22.54, 60], [114.051, 22.541, 60], [114.052, 22.542, 65]] })
    expect(routes.get('巡检二号')?.points).toHaveLength(2)
  })

  it('keeps file order without a seq column, fills missing altitudes from --altitude-m, and reads AMSL from the column name', async () => {
    const p = project()
    await importInto(p, write('plain.csv', 'name,lon,lat,alt\nA,114.1,22.1,\nA,114.2,22.2,\nA,114.0,22.0,\n'), { altitudeM: 75 })
    expect(storedRoutes(p).get('A')?.points).toEqual([[114.1, 22.1, 75], [114.2, 22.2, 75], [114, 22, 75]])
    await importInto(p, write('amsl.csv', 'route,lon,lat,alt_amsl\nB,114.1,22.1,210\nB,114.2,22.2,215\n'))
    expect(storedRoutes(p).get('B')).toMatchObject({ altitudeRef: 'AMSL', points: [[114.1, 22.1, 210], [114.2, 22.2, 215]] })
    await importInto(p, write('ref.csv', 'route,lon,lat,altitude,altitude_ref\nC,114.1,22.1,210,AMSL\nC,114.2,22.2,215,AMSL\n'))
    expect(storedRoutes(p).get('C')?.altitudeRef).toBe('AMSL')
  })

  it('reads areas from a kind column with their band', async () => {
    const p = project()
    const text = 'kind,name,seq,lon_deg,lat_deg,altitude_m,altitude_ref,min_altitude_m,max_altitude_m\n' +
      'route,R,1,114.0,22.0,50,AGL,,\nroute,R,2,114.1,22.1,55,AGL,,\n' +
      'area,Z,1,114.0,22.0,,AGL,20,90\narea,Z,2,114.1,22.0,,AGL,20,90\narea,Z,3,114.1,22.1,,AGL,20,90\narea,Z,4,114.0,22.0,,AGL,20,90\n'
    const outcome = await importInto(p, write('plan.csv', text))
    expect(outcome).toMatchObject({ status: 'imported', rows: 2 })
    expect(storedAreas(p).get('Z')).toMatchObject({ minAltitudeM: 20, maxAltitudeM: 90, ring: [[114, 22], [114.1, 22], [114.1, 22.1], [114, 22]] })
    expect(storedRoutes(p).get('R')?.points).toHaveLength(2)
  })

  it('rejects a whole route at its first bad row, since a route missing a vertex is another route', async () => {
    const p = project()
    const text = 'route,seq,lon,lat,alt\nGood,1,114.0,22.0,50\nGood,2,114.1,22.1,50\nBad,1,114.0,22.0,50\nBad,2,114.1,95.0,50\nBad,3,114.2,22.2,50\n'
    const outcome = await importInto(p, write('bad.csv', text), { rejectThreshold: 0.5 })
    expect(outcome).toMatchObject({ status: 'imported', rows: 1, rejected: 1 })
    expect(outcome.errors).toEqual([{ line: 5, field: 'lat', message: 'route "Bad" rejected: latitude 95 is outside ±90°' }])
    expect([...storedRoutes(p).keys()]).toEqual(['Good'])
  })

  it('does not claim drive-test logs or cell plans, which also have lon/lat', async () => {
    const p = project()
    const outcome = await importInto(p, write('cells.csv', 'name,lon,lat,height,azimuth,pci\nA,114,22,30,120,1\n'))
    expect(outcome.format).not.toBe('route-table')
  })
})

describe('route table detection', () => {
  it('claims a site list (unique names, a height column) only faintly', () => {
    const probe = (headText: string): FileProbe => ({
      path: 'x.csv', fileName: 'x.csv', extension: 'csv', sizeBytes: headText.length, headText, header: (headText.split('\n')[0] ?? '').split(','),
    })
    expect(csvRouteImporters.route.detect(probe('name,lon,lat,height\nS1,114,22,30\nS2,114.1,22,35\nS3,114.2,22,40\n'))).toBe(0.2)
    expect(csvRouteImporters.route.detect(probe('name,lon,lat,height\nR1,114,22,30\nR1,114.1,22,35\nR2,114.2,22,40\nR2,114.3,22,40\n'))).toBe(0.75)
  })
})
