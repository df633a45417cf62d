/** [west, south, east, north], degrees (WGS 84): what a map needs to frame a set of points. */
export type BoundingBox = [west: number, south: number, east: number, north: number]

/**
 * The bounding box of the points that have a position (null for none). Plain min/max of lon and
 * lat: measurements of one problem are kilometres apart at most, never across the antimeridian.
 */
export function boundingBoxOf(points: Iterable<{ readonly lon: number | null; readonly lat: number | null }>): BoundingBox | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const { lon, lat } of points) {
    if (lon === null || lat === null || !Number.isFinite(lon) || !Number.isFinite(lat)) continue
    west = Math.min(west, lon)
    east = Math.max(east, lon)
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  return west <= east ? [west, south, east, north] : null
}
