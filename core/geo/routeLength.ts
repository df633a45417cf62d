import { haversineDistanceM } from './haversineDistanceM.js'

/** 3D length in metres of a polyline of [lon, lat, altitudeM] vertices: ground distance and climb combined per leg. */
export function routeLengthM(points: readonly (readonly [number, number, number])[]): number {
  let total = 0
  for (let i = 1; i < points.length; i++) {
    const [lon1, lat1, alt1] = points[i - 1] as readonly [number, number, number]
    const [lon2, lat2, alt2] = points[i] as readonly [number, number, number]
    total += Math.hypot(haversineDistanceM(lon1, lat1, lon2, lat2), alt2 - alt1)
  }
  return total
}
