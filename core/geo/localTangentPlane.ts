import { earthRadiusM } from './haversineDistanceM.js'

const degree = Math.PI / 180

/**
 * A local east/north plane around a reference point (equirectangular: x = R·Δλ·cos φ0, y = R·Δφ).
 * Within ±20 km of the reference, distances err by well under 0.1 %, far inside the uncertainty of
 * any path-loss model; planning areas are that size. Metres east and north.
 */
export interface LocalTangentPlane {
  readonly lon0: number
  readonly lat0: number
  toEastM(lon: number): number
  toNorthM(lat: number): number
  toLon(eastM: number): number
  toLat(northM: number): number
}

export function localTangentPlane(lon0: number, lat0: number): LocalTangentPlane {
  const metresPerDegreeLat = earthRadiusM * degree
  const metresPerDegreeLon = metresPerDegreeLat * Math.cos(lat0 * degree)
  return {
    lon0,
    lat0,
    toEastM: (lon) => (lon - lon0) * metresPerDegreeLon,
    toNorthM: (lat) => (lat - lat0) * metresPerDegreeLat,
    toLon: (eastM) => lon0 + eastM / metresPerDegreeLon,
    toLat: (northM) => lat0 + northM / metresPerDegreeLat,
  }
}
