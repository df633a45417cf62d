import { describe, expect, it } from 'vitest'
import type { FeasibilityResult } from '../../api/schemas/feasibilitySchemas.js'
import { droneBackhaulTargets } from '../testing/droneBackhaulTargets.js'
import { camaraGrid, camaraGridSchema, camaraGridToGeoJson } from './camaraGrid.js'
import { encodeGeohash, geohashBounds } from '../../geo/geohash.js'
import { emptyEvaluatedColumns } from './evaluateLayer.js'

/** A result with the given points (lon, lat, altitude, verdict code); only the point columns matter to the grid. */
function resultOf(points: [number, number, number, number][]): FeasibilityResult {
  const n = points.length
  const { failedMask: _mask, ...columns } = emptyEvaluatedColumns(n)
  points.forEach(([, , altitudeM, verdict], i) => {
    columns.altitudesM[i] = altitudeM
    columns.verdict[i] = verdict
  })
  return {
    target: { kind: 'route', name: 'r' },
    altitudesM: [...new Set(points.map((p) => p[2]))],
    segments: [],
    points: { count: n, positions: Float64Array.from(points.flatMap(([lon, lat]) => [lon, lat])), alongM: null, segment: new Int32Array(n), ...columns },
    summary: {} as FeasibilityResult['summary'],
  }
}

describe('camaraGrid', () => {
  // Four precision-7 cells (≈ 140 m apart in longitude at 22.5° N): good, marginal, no coverage, no data; and one cell at 60 m.
  const lat = 22.5451
  const lons = [114.0301, 114.0316, 114.0331, 114.0346]
  const result = resultOf([
    [lons[0]!, lat, 120, 0], [lons[0]! + 1e-5, lat, 120, 0],
    [lons[1]!, lat, 120, 0], [lons[1]! + 1e-5, lat, 120, 1], [lons[1]! + 2e-5, lat, 120, 3],
    [lons[2]!, lat, 120, 1], [lons[2]! + 1e-5, lat, 120, 2],
    [lons[3]!, lat, 120, 3],
    [lons[0]!, lat, 60, 2],
  ])
  const grid = camaraGrid(result, droneBackhaulTargets, 7)

  it('gives each geohash cell of each AGL layer the worst status of its points with data, ND when none has data', () => {
    expect(grid.layers.map((l) => l.altitudeAglM)).toEqual([60, 120])
    const at120 = new Map(grid.layers[1]!.cells.map((c) => [c.geohash, c]))
    expect(lons.map((lon) => at120.get(encodeGeohash(lat, lon, 7))?.status)).toEqual(['GC', 'MC', 'NC', 'ND'])
    expect(lons.map((lon) => at120.get(encodeGeohash(lat, lon, 7))?.points)).toEqual([2, 3, 2, 1])
    expect(grid.layers[0]!.cells).toEqual([{ geohash: encodeGeohash(lat, lons[0]!, 7), status: 'NC', points: 1 }])
  })

  it('carries the service level it was judged against and passes its schema', () => {
    expect(grid.serviceLevel.scenario).toBe('drone-4k-backhaul')
    expect(grid.serviceLevel.targets.find((t) => t.id === 'ul-throughput')).toEqual({ id: 'ul-throughput', value: 25, unit: 'Mbit/s', bound: 'min' })
    expect(grid.geohashPrecision).toBe(7)
    expect(camaraGridSchema.safeParse(grid).success).toBe(true)
    expect(Object.keys(grid.statuses)).toEqual(['GC', 'MC', 'NC', 'ND'])
  })

  it('exports each cell as a closed GeoJSON polygon of its geohash bounds', () => {
    const geoJson = camaraGridToGeoJson(grid)
    expect(geoJson.features).toHaveLength(5)
    const first = geoJson.features[0] as { geometry: { coordinates: number[][][] }; properties: { geohash: string; altitudeAglM: number } }
    const b = geohashBounds(first.properties.geohash)
    const ring = first.geometry.coordinates[0]!
    expect(ring[0]).toEqual([b.minLon, b.minLat])
    expect(ring.at(-1)).toEqual(ring[0])
    expect(first.properties.altitudeAglM).toBe(60)
  })
})
