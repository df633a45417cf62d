import { localTangentPlane } from '../geo/localTangentPlane.js'
import { pointInRing } from '../geo/pointInRing.js'

/** Where a prediction is evaluated: positions in degrees, plus their grid or route index. */
export interface PredictionPoints {
  lon: Float64Array
  lat: Float64Array
  /** Area grids: the cell size and the grid's columns/rows, to draw squares (and 3D columns) on the map. */
  grid?: { resolutionM: number; columns: number; rows: number; column: Int32Array; row: Int32Array }
  /** Routes: distance of each point from the route's start, metres along the ground. */
  alongM?: Float64Array
}

/** Most points one prediction may have per altitude: beyond it the user should coarsen the resolution. */
export const maxPointsPerLayer = 2_000_000

/**
 * Centres of a square grid of `resolutionM` metres over the ring's bounding box, keeping those
 * inside the ring. The grid lives in a local tangent plane at the ring's centre, so its squares are
 * squares on the ground.
 */
export function areaGridPoints(ring: readonly (readonly [number, number])[], resolutionM: number): PredictionPoints {
  if (!(resolutionM > 0)) throw new RangeError(`resolution-m must be a positive number of metres, not ${resolutionM}`)
  if (ring.length < 3) throw new RangeError('an area needs a ring of at least 3 vertices')
  const lons = ring.map((p) => p[0])
  const lats = ring.map((p) => p[1])
  const plane = localTangentPlane((Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2)
  const local = ring.map(([lon, lat]) => [plane.toEastM(lon), plane.toNorthM(lat)] as [number, number])
  const minX = Math.min(...local.map((p) => p[0]))
  const maxX = Math.max(...local.map((p) => p[0]))
  const minY = Math.min(...local.map((p) => p[1]))
  const maxY = Math.max(...local.map((p) => p[1]))
  const columns = Math.max(1, Math.ceil((maxX - minX) / resolutionM - 1e-6))
  const rows = Math.max(1, Math.ceil((maxY - minY) / resolutionM - 1e-6))
  if (columns * rows > maxPointsPerLayer * 2) {
    throw new RangeError(`resolution-m ${resolutionM} gives a ${columns} × ${rows} grid, more than ${maxPointsPerLayer} points per altitude; use a coarser resolution`)
  }
  const lon: number[] = []
  const lat: number[] = []
  const column: number[] = []
  const row: number[] = []
  for (let r = 0; r < rows; r++) {
    const y = minY + (r + 0.5) * resolutionM
    for (let c = 0; c < columns; c++) {
      const x = minX + (c + 0.5) * resolutionM
      if (!pointInRing(x, y, local)) continue
      lon.push(plane.toLon(x))
      lat.push(plane.toLat(y))
      column.push(c)
      row.push(r)
    }
  }
  if (lon.length > maxPointsPerLayer) throw new RangeError(`resolution-m ${resolutionM} gives ${lon.length} points per altitude, more than ${maxPointsPerLayer}; use a coarser resolution`)
  return { lon: Float64Array.from(lon), lat: Float64Array.from(lat), grid: { resolutionM, columns, rows, column: Int32Array.from(column), row: Int32Array.from(row) } }
}

/**
 * Points every `spacingM` metres (or closer) along a route's ground track, its vertices included (a
 * turn is never cut), with the distance of each from the start.
 */
export function routePoints(vertices: readonly (readonly [number, number, ...number[]])[], spacingM: number): PredictionPoints {
  if (!(spacingM > 0)) throw new RangeError(`resolution-m must be a positive number of metres, not ${spacingM}`)
  if (vertices.length === 0) throw new RangeError('the route has no points')
  const [lon0, lat0] = vertices[0] as readonly [number, number]
  const plane = localTangentPlane(lon0, lat0)
  const lon: number[] = [lon0]
  const lat: number[] = [lat0]
  const along: number[] = [0]
  let travelled = 0
  for (let i = 1; i < vertices.length; i++) {
    const [aLon, aLat] = vertices[i - 1] as readonly [number, number]
    const [bLon, bLat] = vertices[i] as readonly [number, number]
    const ax = plane.toEastM(aLon)
    const ay = plane.toNorthM(aLat)
    const bx = plane.toEastM(bLon)
    const by = plane.toNorthM(bLat)
    const legM = Math.hypot(bx - ax, by - ay)
    const steps = Math.max(1, Math.ceil(legM / spacingM))
    for (let s = 1; s <= steps; s++) {
      const t = s / steps
      lon.push(plane.toLon(ax + t * (bx - ax)))
      lat.push(plane.toLat(ay + t * (by - ay)))
      along.push(travelled + t * legM)
    }
    travelled += legM
    if (lon.length > maxPointsPerLayer) throw new RangeError(`resolution-m ${spacingM} gives more than ${maxPointsPerLayer} points along the route; use a coarser resolution`)
  }
  return { lon: Float64Array.from(lon), lat: Float64Array.from(lat), alongM: Float64Array.from(along) }
}
