/** Mean Earth radius in metres (IUGG R1), the sphere used for short ground distances. */
export const earthRadiusM = 6_371_008.8

const toRadians = (deg: number): number => (deg * Math.PI) / 180

/**
 * Great-circle distance in metres between two WGS 84 points given in degrees (haversine formula).
 * Accurate to about 0.5 % against the ellipsoid, ample for planning distances.
 */
export function haversineDistanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = toRadians(lat2 - lat1)
  const dLon = toRadians(lon2 - lon1)
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2
  return 2 * earthRadiusM * Math.asin(Math.min(1, Math.sqrt(a)))
}
