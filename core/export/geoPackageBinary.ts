import type { ExportGeometry } from './exportTable.js'

/** Bounding box of a geometry in degrees. */
export interface Envelope {
  minX: number
  maxX: number
  minY: number
  maxY: number
}

// ISO 13249-3 / OGC 06-103r4 WKB geometry type codes; +1000 marks a Z geometry.
const wkbTypes = { Point: 1, LineString: 2, Polygon: 3 } as const

/**
 * A geometry as a GeoPackageBinary blob (OGC 12-128r18 §2.1.3): magic "GP", version 0, flags
 * (little-endian byte order, XY envelope, not empty, standard binary), srs_id, the envelope
 * [minx, maxx, miny, maxy], then the geometry as ISO WKB, little-endian, with Z when the positions
 * carry an altitude (Point Z = 1001, LineString Z = 1002, Polygon Z = 1003).
 */
export function geoPackageGeometry(geometry: ExportGeometry, srsId: number): { blob: Buffer; envelope: Envelope } {
  const rings = positionsOf(geometry)
  const hasZ = (rings[0]?.[0]?.length ?? 2) > 2
  const dimensions = hasZ ? 3 : 2
  const envelope = envelopeOf(rings)
  const vertexCount = rings.reduce((n, r) => n + r.length, 0)
  const countsBytes = geometry.type === 'Point' ? 0 : geometry.type === 'LineString' ? 4 : 4 + 4 * rings.length
  const headerBytes = 8 + 32
  const buffer = Buffer.allocUnsafe(headerBytes + 5 + countsBytes + 8 * dimensions * vertexCount)
  buffer.write('GP', 0, 'ascii')
  buffer.writeUInt8(0, 2) // version 0 = GeoPackage 1.x
  buffer.writeUInt8(0b0000_0011, 3) // bit 0: little-endian; bits 1–3 = 1: envelope [minx, maxx, miny, maxy]
  buffer.writeInt32LE(srsId, 4)
  buffer.writeDoubleLE(envelope.minX, 8)
  buffer.writeDoubleLE(envelope.maxX, 16)
  buffer.writeDoubleLE(envelope.minY, 24)
  buffer.writeDoubleLE(envelope.maxY, 32)
  let offset = headerBytes
  buffer.writeUInt8(1, offset) // WKB byte order: NDR (little-endian)
  buffer.writeUInt32LE(wkbTypes[geometry.type] + (hasZ ? 1000 : 0), offset + 1)
  offset += 5
  if (geometry.type === 'Polygon') offset = buffer.writeUInt32LE(rings.length, offset)
  for (const ring of rings) {
    if (geometry.type !== 'Point') offset = buffer.writeUInt32LE(ring.length, offset)
    for (const position of ring) {
      for (let d = 0; d < dimensions; d++) offset = buffer.writeDoubleLE(position[d] ?? 0, offset)
    }
  }
  return { blob: buffer, envelope }
}

/** The positions of a geometry as rings: one ring of one position for a Point, one for a LineString. */
function positionsOf(geometry: ExportGeometry): (readonly number[])[][] {
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]]
    case 'LineString':
      return [geometry.coordinates]
    case 'Polygon':
      return geometry.coordinates
  }
}

function envelopeOf(rings: readonly (readonly number[])[][]): Envelope {
  const envelope = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity }
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      if (x < envelope.minX) envelope.minX = x
      if (x > envelope.maxX) envelope.maxX = x
      if (y < envelope.minY) envelope.minY = y
      if (y > envelope.maxY) envelope.maxY = y
    }
  }
  return envelope
}
