/** The geohash alphabet: base 32 without a, i, l, o (G. Niemeyer's geohash.org scheme). */
const alphabet = '0123456789bcdefghjkmnpqrstuvwxyz'

/** Longest geohash encoded here: 12 characters (60 bits, about 3.7 cm × 1.9 cm), past double precision's use. */
export const maxGeohashPrecision = 12

/**
 * The standard geohash of a point: bits alternate longitude and latitude (longitude first), each
 * halving its interval [−180, 180] / [−90, 90]; five bits make a base-32 character. A point on a
 * boundary goes to the upper half. Degrees in, `precision` characters out (1…12).
 */
export function encodeGeohash(lat: number, lon: number, precision: number): string {
  if (!Number.isInteger(precision) || precision < 1 || precision > maxGeohashPrecision) {
    throw new RangeError(`precision must be an integer within 1…${maxGeohashPrecision} characters, not ${precision}`)
  }
  if (!(lat >= -90 && lat <= 90)) throw new RangeError(`lat must be within −90…90°, not ${lat}`)
  if (!(lon >= -180 && lon <= 180)) throw new RangeError(`lon must be within −180…180°, not ${lon}`)
  let minLat = -90
  let maxLat = 90
  let minLon = -180
  let maxLon = 180
  let hash = ''
  let bits = 0
  let value = 0
  let evenBit = true
  while (hash.length < precision) {
    if (evenBit) {
      const mid = (minLon + maxLon) / 2
      value = value * 2 + (lon >= mid ? 1 : 0)
      if (lon >= mid) minLon = mid
      else maxLon = mid
    } else {
      const mid = (minLat + maxLat) / 2
      value = value * 2 + (lat >= mid ? 1 : 0)
      if (lat >= mid) minLat = mid
      else maxLat = mid
    }
    evenBit = !evenBit
    if (++bits === 5) {
      hash += alphabet[value]
      bits = 0
      value = 0
    }
  }
  return hash
}

/** The cell a geohash names, degrees. */
export interface GeohashBounds {
  minLat: number
  maxLat: number
  minLon: number
  maxLon: number
}

/** The bounds of a geohash's cell; throws on a character outside the alphabet. */
export function geohashBounds(hash: string): GeohashBounds {
  const bounds = { minLat: -90, maxLat: 90, minLon: -180, maxLon: 180 }
  let evenBit = true
  for (const character of hash) {
    const value = alphabet.indexOf(character)
    if (value < 0) throw new RangeError(`geohash ${JSON.stringify(hash)} holds ${JSON.stringify(character)}, which is not in the geohash alphabet ${alphabet}`)
    for (let bit = 4; bit >= 0; bit--) {
      const upper = ((value >> bit) & 1) === 1
      if (evenBit) {
        const mid = (bounds.minLon + bounds.maxLon) / 2
        if (upper) bounds.minLon = mid
        else bounds.maxLon = mid
      } else {
        const mid = (bounds.minLat + bounds.maxLat) / 2
        if (upper) bounds.minLat = mid
        else bounds.maxLat = mid
      }
      evenBit = !evenBit
    }
  }
  return bounds
}
