import { describe, expect, it } from 'vitest'
import type { Area } from '../../api/schemas/layerSchemas.js'
import { encodeGeohash, geohashBounds } from '../../geo/geohash.js'
import { createAreaLocator } from './experienceAreas.js'

/** A 0.02° square task area south-west of (114.04, 22.55), ring left open on purpose. */
const depot: Area = { name: 'Depot', altitudeRef: 'AGL', minAltitudeM: 0, maxAltitudeM: 120, ring: [[114.0, 22.5], [114.02, 22.5], [114.02, 22.52], [114.0, 22.52]] }

describe('createAreaLocator (task areas first, geohash squares for the rest)', () => {
  it('puts a position inside a task area in that area, centred on its bounding box, with the ring closed', () => {
    const area = createAreaLocator([depot]).locate(114.01, 22.51)!
    expect(area.id).toBe('Depot')
    expect(area.unit).toBe('task-area')
    expect(area.lon).toBeCloseTo(114.01, 12)
    expect(area.lat).toBeCloseTo(22.51, 12)
    expect(area.ring).toHaveLength(5)
    expect(area.ring[4]).toEqual(area.ring[0])
  })

  it('puts a position outside every task area in its geohash-6 square, centred on the square', () => {
    const locator = createAreaLocator([depot])
    const area = locator.locate(-8.3961, 51.8938)!
    expect(area.unit).toBe('geohash')
    expect(area.id).toBe(encodeGeohash(51.8938, -8.3961, 6))
    const b = geohashBounds(area.id)
    expect(area.lon).toBeCloseTo((b.minLon + b.maxLon) / 2, 12)
    expect(area.lat).toBeCloseTo((b.minLat + b.maxLat) / 2, 12)
    expect(area.ring).toEqual([[b.minLon, b.minLat], [b.maxLon, b.minLat], [b.maxLon, b.maxLat], [b.minLon, b.maxLat], [b.minLon, b.minLat]])
    expect(locator.taskAreas).toEqual(['Depot'])
    expect(locator.geohashPrecision).toBe(6)
  })

  it('gives the same area object for two positions in one square, so that maps may be keyed by it', () => {
    const locator = createAreaLocator([])
    const b = geohashBounds(encodeGeohash(51.8938, -8.3961, 6))
    const a1 = locator.locate(b.minLon + 1e-5, b.minLat + 1e-5)
    const a2 = locator.locate(b.maxLon - 1e-5, b.maxLat - 1e-5)
    expect(a1).toBe(a2)
  })

  it('uses the grid alone when task areas are turned off, and the precision asked for', () => {
    const locator = createAreaLocator([depot], { taskAreas: false, geohashPrecision: 5 })
    expect(locator.taskAreas).toEqual([])
    expect(locator.locate(114.01, 22.51)!.id).toBe(encodeGeohash(22.51, 114.01, 5))
  })

  it('returns no area for a position outside WGS 84 ranges, and refuses a precision outside 4…8', () => {
    expect(createAreaLocator([]).locate(200, 10)).toBeNull()
    expect(() => createAreaLocator([], { geohashPrecision: 9 })).toThrow('geohashPrecision must be a whole number of characters within 4…8, not 9')
  })
})
