import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../../demo/seededRandom.js'
import { destinationPoint } from '../../geo/destinationPoint.js'
import { haversineDistanceM } from '../../geo/haversineDistanceM.js'
import { estimateServingSite, type SiteGeometryRow } from './estimateServingSite.js'

/** A mast 30 m high; two sectors; elevations measured from a 6° down-tilted reference, as in the UAV dataset's table. */
const site = { lon: 101.775464, lat: 2.922147, heightM: 30 }
const sectors = [
  { cellId: 110, boresightDeg: 226, fromDeg: 160, toDeg: 290 },
  { cellId: 173, boresightDeg: 297, fromDeg: 250, toDeg: 350 },
]

function syntheticRows(count: number, distanceNoiseM: number): SiteGeometryRow[] {
  const random = createSeededRandom(5)
  return Array.from({ length: count }, (_, i) => {
    const sector = sectors[i % 2] as (typeof sectors)[number]
    const bearingDeg = random.uniform(sector.fromDeg, sector.toDeg)
    const altitudeM = [20, 60, 100, 150][i % 4] as number
    const [lon, lat] = destinationPoint(site.lon, site.lat, bearingDeg, random.uniform(5, 900))
    const distance2dM = haversineDistanceM(site.lon, site.lat, lon, lat)
    const distance3dM = Math.round(100 * Math.hypot(distance2dM, altitudeM - site.heightM)) / 100
    return {
      lon,
      lat,
      distance2dM: distance2dM + distanceNoiseM * random.normal(),
      distance3dM,
      elevationDeg: 6 + (Math.atan2(altitudeM - site.heightM, distance2dM) * 180) / Math.PI,
      azimuthDeg: Math.abs(((bearingDeg - sector.boresightDeg + 540) % 360) - 180),
      cellId: sector.cellId,
      altitudeM: i % 5 === 0 ? null : altitudeM,
    }
  })
}

describe('estimateServingSite', () => {
  it('finds the site from exact 2D distances within 5 cm, with a spread below 1 cm', () => {
    const estimate = estimateServingSite(syntheticRows(400, 0))
    expect(haversineDistanceM(estimate.lon, estimate.lat, site.lon, site.lat)).toBeLessThan(0.05)
    expect(estimate.spreadM).toBeLessThan(0.01)
    expect(estimate.samples).toBe(400)
  })

  it('finds it within 20 cm from distances with 1 m of noise, and reports that noise as the spread (±0.1 m)', () => {
    const estimate = estimateServingSite(syntheticRows(2000, 1))
    expect(haversineDistanceM(estimate.lon, estimate.lat, site.lon, site.lat)).toBeLessThan(0.2)
    expect(Math.abs(estimate.spreadM - 1)).toBeLessThan(0.1)
  })

  it('leaves out rows whose distance disagrees by far (wrong site, wrong cell) and says how many it kept', () => {
    const rows = syntheticRows(400, 0)
    for (let i = 0; i < 10; i++) rows[i * 7] = { ...(rows[i * 7] as SiteGeometryRow), distance2dM: (rows[i * 7] as SiteGeometryRow).distance2dM + 250 }
    const estimate = estimateServingSite(rows)
    expect(haversineDistanceM(estimate.lon, estimate.lat, site.lon, site.lat)).toBeLessThan(0.05)
    expect(estimate.samples).toBe(390)
  })

  it('takes the antenna height from the 3D and 2D distances of steep rows (±5 cm), on either side of the flight level', () => {
    const estimate = estimateServingSite(syntheticRows(2000, 0))
    expect(Math.abs((estimate.heightM ?? NaN) - 30)).toBeLessThan(0.05)
    expect(estimate.heightSamples).toBeGreaterThan(0)
    expect(estimate.heightSpreadM).toBeLessThan(0.05)
  })

  it('reads the elevation offset (6°, ±0.01°) and each cell’s azimuth reference (±0.05°)', () => {
    const estimate = estimateServingSite(syntheticRows(2000, 0))
    expect(Math.abs((estimate.elevationOffsetDeg ?? NaN) - 6)).toBeLessThan(0.01)
    expect(estimate.sectors.map((s) => s.cellId)).toEqual([110, 173])
    for (const [k, sector] of estimate.sectors.entries()) {
      expect(Math.abs(sector.boresightDeg - (sectors[k]?.boresightDeg ?? NaN))).toBeLessThan(0.05)
      expect(sector.spreadDeg).toBeLessThan(0.05)
    }
  })

  it('gives no height without flight altitudes, and refuses fewer than 3 rows', () => {
    const rows = syntheticRows(50, 0).map((r) => ({ ...r, altitudeM: null }))
    expect(estimateServingSite(rows).heightM).toBeNull()
    expect(() => estimateServingSite(rows.slice(0, 2))).toThrow(/at least 3 samples/)
  })
})
