import { describe, expect, it } from 'vitest'
import { haversineDistanceM } from '../geo/haversineDistanceM.js'
import { areaGridPoints, routePoints } from './predictionPoints.js'

describe('areaGridPoints', () => {
  // A 1 km × 1 km square near Shenzhen.
  const lat0 = 22.54
  const dLat = 1000 / 111_195.08
  const dLon = dLat / Math.cos((lat0 * Math.PI) / 180)
  const square: [number, number][] = [[114, lat0], [114 + dLon, lat0], [114 + dLon, lat0 + dLat], [114, lat0 + dLat]]

  it('covers a square with resolution-sized cells whose centres are a resolution apart on the ground', () => {
    const grid = areaGridPoints(square, 100)
    expect(grid.grid).toMatchObject({ columns: 10, rows: 10, resolutionM: 100 })
    expect(grid.lon.length).toBe(100)
    expect(haversineDistanceM(grid.lon[0] as number, grid.lat[0] as number, grid.lon[1] as number, grid.lat[1] as number)).toBeCloseTo(100, 0)
    expect(haversineDistanceM(grid.lon[0] as number, grid.lat[0] as number, grid.lon[10] as number, grid.lat[10] as number)).toBeCloseTo(100, 0)
  })

  it('keeps only the centres inside the ring', () => {
    const triangle: [number, number][] = [square[0] as [number, number], square[1] as [number, number], square[2] as [number, number]]
    const grid = areaGridPoints(triangle, 100)
    // The cells below the diagonal: 45 of the 100 (the 10 on it have their centre on the line and fall either side).
    expect(grid.lon.length).toBeGreaterThanOrEqual(45)
    expect(grid.lon.length).toBeLessThanOrEqual(55)
    for (let i = 0; i < grid.lon.length; i++) expect(grid.grid!.column[i]!).toBeGreaterThanOrEqual(grid.grid!.row[i]!)
  })

  it('refuses a resolution that is not positive or would give too many points', () => {
    expect(() => areaGridPoints(square, 0)).toThrow('resolution-m must be a positive number of metres, not 0')
    expect(() => areaGridPoints(square, 0.1)).toThrow(/use a coarser resolution/)
  })
})

describe('routePoints', () => {
  it('places points at most a spacing apart along each leg, keeping the vertices, with their distance from the start', () => {
    const route: [number, number, number][] = [[114, 22.5, 120], [114.01, 22.5, 120], [114.01, 22.51, 120]]
    const points = routePoints(route, 100)
    const leg1 = haversineDistanceM(114, 22.5, 114.01, 22.5)
    const leg2 = haversineDistanceM(114.01, 22.5, 114.01, 22.51)
    expect(points.lon.length).toBe(1 + Math.ceil(leg1 / 100) + Math.ceil(leg2 / 100))
    const corner = Math.ceil(leg1 / 100)
    expect(points.lon[corner]).toBeCloseTo(114.01, 9)
    expect(points.lat[corner]).toBeCloseTo(22.5, 9)
    expect(points.alongM![points.lon.length - 1]).toBeCloseTo(leg1 + leg2, -1)
    for (let i = 1; i < points.lon.length; i++) expect(points.alongM![i]! - points.alongM![i - 1]!).toBeLessThanOrEqual(100 + 1e-9)
  })
})
