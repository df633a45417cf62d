import { describe, expect, it } from 'vitest'
import { encodeGeohash, geohashBounds } from './geohash.js'

describe('encodeGeohash', () => {
  it('reproduces published geohashes', () => {
    // geohash.org's classic example, and Couchbase Lite's Geohash_Test vectors (truncated to 12 characters).
    expect(encodeGeohash(57.64911, 10.40744, 11)).toBe('u4pruydqqvj')
    expect(encodeGeohash(45.37, -121.7, 6)).toBe('c216ne')
    expect(encodeGeohash(47.6062095, -122.3320708, 12)).toBe('c23nb62w20st')
    expect(encodeGeohash(35.6894875, 139.6917064, 12)).toBe('xn774c06kdtv')
  })

  it('puts a point on a boundary in the upper half: (0, 0) is "s", the corners are "0" and "z"', () => {
    expect(encodeGeohash(0, 0, 1)).toBe('s')
    expect(encodeGeohash(-90, -180, 3)).toBe('000')
    expect(encodeGeohash(89.99, 179.99, 3)).toBe('zzz')
  })

  it('is a prefix code: a shorter hash is the start of a longer one', () => {
    const full = encodeGeohash(22.545, 114.035, 12)
    for (let p = 1; p < 12; p++) expect(encodeGeohash(22.545, 114.035, p)).toBe(full.slice(0, p))
  })

  it('refuses a precision outside 1…12 and positions off the globe, naming the argument', () => {
    expect(() => encodeGeohash(0, 0, 0)).toThrow(/precision must be an integer within 1…12 characters, not 0/)
    expect(() => encodeGeohash(0, 0, 13)).toThrow(/precision/)
    expect(() => encodeGeohash(91, 0, 5)).toThrow(/lat must be within/)
    expect(() => encodeGeohash(0, -181, 5)).toThrow(/lon must be within/)
  })
})

describe('geohashBounds', () => {
  it('gives the cell that contains the encoded point, of the published size (precision 7: 1.37e-3° × 1.37e-3°)', () => {
    for (const [lat, lon] of [[57.64911, 10.40744], [22.545, 114.035], [-33.86714, 151.20711], [0.0001, -0.0001]] as const) {
      const b = geohashBounds(encodeGeohash(lat, lon, 7))
      expect(lat).toBeGreaterThanOrEqual(b.minLat)
      expect(lat).toBeLessThan(b.maxLat)
      expect(lon).toBeGreaterThanOrEqual(b.minLon)
      expect(lon).toBeLessThan(b.maxLon)
      expect(b.maxLon - b.minLon).toBeCloseTo(360 / 2 ** 18, 12)
      expect(b.maxLat - b.minLat).toBeCloseTo(180 / 2 ** 17, 12)
    }
  })

  it('refuses a character outside the alphabet', () => {
    expect(() => geohashBounds('u4pa')).toThrow(/"a", which is not in the geohash alphabet/)
  })
})
