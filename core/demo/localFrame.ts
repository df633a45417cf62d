import { earthRadiusM } from '../geo/haversineDistanceM.js'

/**
 * A flat east/north frame in metres around an origin (equirectangular projection on the sphere
 * of `haversineDistanceM`). Over the few kilometres of the demo its distance error is below 0.1 %,
 * well inside what a synthetic network needs, and it is exactly invertible.
 */
export interface LocalFrame {
  readonly originLon: number
  readonly originLat: number
  /** [eastM, northM] of a WGS 84 point given in degrees. */
  toLocalM(lon: number, lat: number): [number, number]
  /** [lon, lat] in degrees of a point given as east and north metres from the origin. */
  toLonLat(eastM: number, northM: number): [number, number]
}

const metresPerDegreeLat = (earthRadiusM * Math.PI) / 180

export function createLocalFrame(originLon: number, originLat: number): LocalFrame {
  const metresPerDegreeLon = metresPerDegreeLat * Math.cos((originLat * Math.PI) / 180)
  return {
    originLon,
    originLat,
    toLocalM: (lon, lat) => [(lon - originLon) * metresPerDegreeLon, (lat - originLat) * metresPerDegreeLat],
    toLonLat: (eastM, northM) => [originLon + eastM / metresPerDegreeLon, originLat + northM / metresPerDegreeLat],
  }
}
