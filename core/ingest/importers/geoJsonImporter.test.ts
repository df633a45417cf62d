import { afterEach, describe, expect, it } from 'vitest'
import { createImportHarness } from '../testing/importHarness.js'
import { storedAreas, storedRoutes } from '../testing/storedGeometry.js'

const { project, write, importInto, closeProjects } = createImportHarness('certus-geojson-')
afterEach(closeProjects)

const plan = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Corridor', altitudeRef: 'AGL' }, geometry: { type: 'LineString', coordinates: [[114.05, 22.54, 60], [114.06, 22.55, 70], [114.07, 22.56, 80]] } },
    { type: 'Feature', properties: { name: 'Climb', altitudeRef: 'AMSL' }, geometry: { type: 'MultiLineString', coordinates: [[[114.1, 22.5, 200], [114.2, 22.5, 210]], [[114.3, 22.5, 220], [114.4, 22.5, 230]]] } },
    { type: 'Feature', properties: { name: '区域 A', minAltitudeM: 30, maxAltitudeM: 150 }, geometry: { type: 'Polygon', coordinates: [[[114.0, 22.5], [114.1, 22.5], [114.1, 22.6], [114.0, 22.5]], [[114.05, 22.52], [114.06, 22.52], [114.06, 22.53], [114.05, 22.52]]] } },
    { type: 'Feature', properties: { name: 'Twin', altitude_ref: 'AMSL', min_altitude_m: 100, max_altitude_m: 300 }, geometry: { type: 'MultiPolygon', coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 1]]], [[[3, 3], [4, 3], [4, 4], [3, 3]]]] } },
    { type: 'Feature', properties: { name: 'Unreferenced' }, geometry: { type: 'LineString', coordinates: [[114, 22, 50], [115, 23, 50]] } },
    { type: 'Feature', properties: { name: 'Mast' }, geometry: { type: 'Point', coordinates: [114, 22] } },
  ],
}

describe('GeoJSON routes and areas', () => {
  it('reads a FeatureCollection: 3D LineStrings as routes, Polygons as areas, Multi* as parts, bands and references from properties', async () => {
    const p = project()
    const outcome = await importInto(p, write('plan.geojson', JSON.stringify(plan, null, 2)))
    expect(outcome).toMatchObject({ status: 'imported', kind: 'route', format: 'geojson', rows: 7, rejected: 0 })
    const routes = storedRoutes(p)
    expect(routes.get('Corridor')).toEqual({ name: 'Corridor', altitudeRef: 'AGL', points: [[114.05, 22.54, 60], [114.06, 22.55, 70], [114.07, 22.56, 80]] })
    expect(routes.get('Climb part 2')).toEqual({ name: 'Climb part 2', altitudeRef: 'AMSL', points: [[114.3, 22.5, 220], [114.4, 22.5, 230]] })
    expect(routes.get('Unreferenced')?.altitudeRef).toBe('AGL')
    const areas = storedAreas(p)
    expect(areas.get('区域 A')).toMatchObject({ altitudeRef: 'AGL', minAltitudeM: 30, maxAltitudeM: 150 })
    expect(areas.get('区域 A')?.ring).toHaveLength(4)
    expect(areas.get('Twin part 1')).toMatchObject({ altitudeRef: 'AMSL', minAltitudeM: 100, maxAltitudeM: 300 })
    expect(areas.has('Twin part 2')).toBe(true)
    const warnings = outcome.warnings.join('\n')
    expect(warnings).toMatch(/features with altitudes but no altitudeRef property, read as metres AGL .*: 1$/m)
    expect(warnings).toMatch(/inner rings \(holes\) dropped, as an area is its outer ring: 1/)
    expect(warnings).toMatch(/Point geometries 1/)
  })

  it('reads a single Feature and a bare geometry', async () => {
    const p = project()
    const feature = { type: 'Feature', properties: { name: 'One', altitudeRef: 'AMSL' }, geometry: { type: 'LineString', coordinates: [[1, 2, 3], [4, 5, 6]] } }
    await importInto(p, write('one.geojson', JSON.stringify(feature)))
    await importInto(p, write('bare.json', JSON.stringify({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] })), { altitudeM: 80 })
    expect(storedRoutes(p).get('One')?.altitudeRef).toBe('AMSL')
    expect(storedAreas(p).get('bare area 1')).toMatchObject({ minAltitudeM: 80, maxAltitudeM: 80 })
  })

  it('rejects a feature with a bad band at its line, and refuses malformed JSON naming the line', async () => {
    const p = project()
    const bad = { type: 'FeatureCollection', features: [...plan.features.slice(0, 2), { type: 'Feature', properties: { name: 'Inverted', minAltitudeM: 200, maxAltitudeM: 100 }, geometry: plan.features[2]?.geometry }] }
    const outcome = await importInto(p, write('bad-band.geojson', JSON.stringify(bad, null, 1)), { rejectThreshold: 0.5 })
    expect(outcome).toMatchObject({ status: 'imported', rows: 3, rejected: 1 })
    expect(outcome.errors[0]).toMatchObject({ field: 'minAltitudeM', message: 'area "Inverted": minAltitudeM 200 is above maxAltitudeM 100' })
    expect(outcome.errors[0]?.line).toBeGreaterThan(10)
    const broken = await importInto(p, write('broken.geojson', '{\n "type": "FeatureCollection",\n "features": [\n {,}\n]}'))
    expect(broken.status).toBe('refused')
    expect(broken.message).toMatch(/^broken\.geojson:4: malformed JSON/)
  })
})
