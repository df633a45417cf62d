import { GeometryError, parseAltitudeReference, type AltitudeReference } from './plannedGeometry.js'

/** Altitude reference and band of a feature as its properties (GeoJSON) or ExtendedData (KML) state them. */
export interface AltitudeProperties {
  altitudeRef: AltitudeReference | null
  minAltitudeM: number | null
  maxAltitudeM: number | null
}

// The names Certus writes (camelCase, as in its API) and their snake_case spellings.
const referenceKeys = ['altituderef', 'altitude_ref']
const minKeys = ['minaltitudem', 'min_altitude_m']
const maxKeys = ['maxaltitudem', 'max_altitude_m']

/**
 * Reads `altitudeRef` ('AGL' | 'AMSL'), `minAltitudeM` and `maxAltitudeM` from a feature's
 * properties, keys compared case-insensitively; throws GeometryError for a value that is not what it says.
 */
export function readAltitudeProperties(properties: ReadonlyMap<string, unknown>): AltitudeProperties {
  const pick = (keys: readonly string[]): unknown => keys.map((k) => properties.get(k)).find((v) => v !== undefined && v !== null && v !== '')
  const reference = pick(referenceKeys)
  const altitudeRef = parseAltitudeReference(reference)
  if (reference !== undefined && altitudeRef === null) throw new GeometryError(`altitudeRef must be AGL or AMSL, not ${JSON.stringify(reference)}`, 'altitudeRef')
  return { altitudeRef, minAltitudeM: readMetres(pick(minKeys), 'minAltitudeM'), maxAltitudeM: readMetres(pick(maxKeys), 'maxAltitudeM') }
}

function readMetres(value: unknown, field: string): number | null {
  if (value === undefined) return null
  const metres = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN
  if (!Number.isFinite(metres)) throw new GeometryError(`${field} is not a number of metres: ${JSON.stringify(value)}`, field)
  return metres
}

/** Lower-cases property keys so that lookups are case-insensitive. */
export function propertyMap(entries: Iterable<[string, unknown]>): Map<string, unknown> {
  const map = new Map<string, unknown>()
  for (const [key, value] of entries) if (!map.has(key.toLowerCase())) map.set(key.toLowerCase(), value)
  return map
}
