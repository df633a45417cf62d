import { earthRadiusM } from './haversineDistanceM.js'

/**
 * The point reached from (lon, lat) after `distanceM` along the initial bearing `bearingDeg`
 * (clockwise from true north), on the sphere. Returns [lon, lat] in degrees.
 */
export function destinationPoint(lon: number, lat: number, bearingDeg: number, distanceM: number): [number, number] {
  const delta = distanceM / earthRadiusM
  const theta = (bearingDeg * Math.PI) / 180
  const phi1 = (lat * Math.PI) / 180
  const lambda1 = (lon * Math.PI) / 180
  const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta)
  const phi2 = Math.asin(sinPhi2)
  const lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2)
  return [((((lambda2 * 180) / Math.PI + 540) % 360) - 180), (phi2 * 180) / Math.PI]
}
