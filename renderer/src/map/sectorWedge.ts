/** Mean Earth radius R1 of IUGG / WGS 84, in metres. */
export const earthRadiusM = 6_371_008.8

const toRad = Math.PI / 180
const toDeg = 180 / Math.PI

export type LonLat = [number, number]

/**
 * The point `distanceM` from (lon, lat) along the great circle leaving at `bearingDeg`
 * (degrees clockwise from north). Spherical Earth: about 0.3 % off the ellipsoid, far below a pixel at wedge scale.
 */
export function destination(lon: number, lat: number, bearingDeg: number, distanceM: number): LonLat {
  const phi1 = lat * toRad
  const theta = bearingDeg * toRad
  const delta = distanceM / earthRadiusM
  const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta)
  const phi2 = Math.asin(sinPhi2)
  const lambda2 =
    lon * toRad + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2)
  return [((((lambda2 * toDeg + 540) % 360) + 360) % 360) - 180, phi2 * toDeg]
}

export interface SectorWedgeOptions {
  /** Direction of the sector's boresight, degrees clockwise from north. */
  azimuthDeg: number
  /** Opening of the wedge (the cell's horizontal 3 dB beamwidth), degrees; 360 or more draws a full disc. */
  openingDeg: number
  /** Radius of the wedge on the ground, metres. */
  radiusM: number
  /** Largest angle between two arc vertices, degrees. Default 5. */
  stepDeg?: number
}

/**
 * A cell sector as a closed polygon ring of [lon, lat] (degrees): from the site out to the arc that spans
 * `azimuthDeg ± openingDeg / 2`, and back. An omni cell (opening ≥ 360°) is a disc around the site.
 */
export function sectorWedge(lon: number, lat: number, options: SectorWedgeOptions): LonLat[] {
  const { azimuthDeg, openingDeg, radiusM, stepDeg = 5 } = options
  if (!(radiusM > 0)) throw new Error(`sectorWedge: radiusM must be positive, got ${radiusM}`)
  if (!(openingDeg > 0)) throw new Error(`sectorWedge: openingDeg must be positive, got ${openingDeg}`)
  const omni = openingDeg >= 360
  const opening = omni ? 360 : openingDeg
  const steps = Math.max(2, Math.ceil(opening / stepDeg))
  const start = azimuthDeg - opening / 2
  const arc: LonLat[] = []
  for (let i = 0; i <= steps; i++) arc.push(destination(lon, lat, start + (opening * i) / steps, radiusM))
  if (omni) return arc // the last vertex repeats the first: the ring is closed
  return [[lon, lat], ...arc, [lon, lat]]
}
