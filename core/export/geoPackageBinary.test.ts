import { describe, expect, it } from 'vitest'
import { geoPackageGeometry } from './geoPackageBinary.js'

describe('geoPackageGeometry', () => {
  it('writes a 2D point as GP header, XY envelope and ISO WKB Point (OGC 12-128r18 §2.1.3)', () => {
    const { blob, envelope } = geoPackageGeometry({ type: 'Point', coordinates: [114.05, 22.54] }, 4326)
    expect(blob.length).toBe(8 + 32 + 5 + 16)
    expect(blob.toString('ascii', 0, 2)).toBe('GP')
    expect(blob[2]).toBe(0)
    expect(blob[3]).toBe(0b0000_0011)
    expect(blob.readInt32LE(4)).toBe(4326)
    expect([blob.readDoubleLE(8), blob.readDoubleLE(16), blob.readDoubleLE(24), blob.readDoubleLE(32)]).toEqual([114.05, 114.05, 22.54, 22.54])
    expect([blob[40], blob.readUInt32LE(41), blob.readDoubleLE(45), blob.readDoubleLE(53)]).toEqual([1, 1, 114.05, 22.54])
    expect(envelope).toEqual({ minX: 114.05, maxX: 114.05, minY: 22.54, maxY: 22.54 })
  })

  it('writes a 3D line as LineString Z (1002) with its vertex count and x, y, z per vertex', () => {
    const { blob, envelope } = geoPackageGeometry({ type: 'LineString', coordinates: [[1, 2, 60], [3, -4, 65]] }, 4326)
    expect(blob.readUInt32LE(41)).toBe(1002)
    expect(blob.readUInt32LE(45)).toBe(2)
    expect([49, 57, 65, 73, 81, 89].map((o) => blob.readDoubleLE(o))).toEqual([1, 2, 60, 3, -4, 65])
    expect(blob.length).toBe(49 + 48)
    expect(envelope).toEqual({ minX: 1, maxX: 3, minY: -4, maxY: 2 })
  })

  it('writes a polygon as Polygon (3) with ring count, then each ring with its point count', () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]]
    const { blob } = geoPackageGeometry({ type: 'Polygon', coordinates: [ring] }, 4326)
    expect([blob.readUInt32LE(41), blob.readUInt32LE(45), blob.readUInt32LE(49)]).toEqual([3, 1, 4])
    expect(blob.length).toBe(53 + 4 * 16)
  })
})
