import { FileRefusal } from '../importer.js'
import { propertyMap, readAltitudeProperties } from './altitudeProperties.js'
import { checkPosition, emptyPlannedGeometry, GeometryError, noteIgnored, type GeometryIssues, type PlannedGeometry } from './plannedGeometry.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

interface FeatureSource {
  geometry: Json
  properties: Map<string, unknown>
  line: number
  label: string
}

/**
 * Reads a GeoJSON FeatureCollection, Feature or bare geometry (RFC 7946): LineString and
 * MultiLineString are routes, Polygon and MultiPolygon areas (outer ring; holes dropped),
 * GeometryCollections are walked. The third coordinate is the altitude in metres; its reference is the
 * feature's `altitudeRef` property ('AGL' | 'AMSL'). Without it, AGL is assumed and said in a
 * warning: RFC 7946 §4 defines the third value as height above the WGS 84 ellipsoid, but flight
 * planners write heights above ground there. Properties `name`, `minAltitudeM`, `maxAltitudeM` give
 * the name and an area's band.
 */
export function readGeoJsonGeometry(text: string, fileName: string, issues: GeometryIssues): PlannedGeometry {
  const root = parseJson(text, fileName)
  const geometry = emptyPlannedGeometry()
  const featureLines = featureStartLines(text)
  const sources: FeatureSource[] = []
  if (isObject(root) && root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new FileRefusal(`${fileName}:1:features: a FeatureCollection needs a features array`)
    root.features.forEach((feature, k) => sources.push(featureSource(feature, featureLines[k] ?? 1, `features[${k}]`)))
  } else if (isObject(root) && root.type === 'Feature') {
    sources.push(featureSource(root, 1, 'feature'))
  } else if (isObject(root) && typeof root.type === 'string') {
    sources.push({ geometry: root, properties: new Map(), line: 1, label: 'geometry' })
  } else {
    throw new FileRefusal(`${fileName}:1:type: not GeoJSON (expected a FeatureCollection, a Feature or a geometry)`)
  }
  let unreferenced = 0
  let holes = 0
  for (const source of sources) {
    try {
      const read = readFeature(source, geometry)
      if (read.unreferenced) unreferenced++
      holes += read.holes
    } catch (error) {
      if (!(error instanceof GeometryError)) throw error
      const name = source.properties.get('name')
      issues.reject(source.line, `${source.label}.${error.field}`, `${typeof name === 'string' ? `"${name}": ` : ''}${error.message}`)
    }
  }
  if (unreferenced > 0) {
    issues.warn(`features with altitudes but no altitudeRef property, read as metres AGL (RFC 7946 §4 would mean the WGS 84 ellipsoid): ${unreferenced}`)
  }
  if (holes > 0) issues.warn(`inner rings (holes) dropped, as an area is its outer ring: ${holes}`)
  return geometry
}

/** Adds one feature's routes and areas; says whether it gave altitudes without a reference, and how many holes it dropped. */
function readFeature(source: FeatureSource, geometry: PlannedGeometry): { unreferenced: boolean; holes: number } {
  const band = readAltitudeProperties(source.properties)
  const name = typeof source.properties.get('name') === 'string' || typeof source.properties.get('name') === 'number' ? String(source.properties.get('name')) : null
  const lines: [number, number, number | null][][] = []
  const rings: { ring: [number, number][]; holes: number }[] = []
  collectGeometry(source.geometry, lines, rings, geometry)
  const partName = (k: number, count: number): string | null => (count > 1 ? `${name ?? 'unnamed'} part ${k + 1}` : name)
  lines.forEach((points, k) => {
    geometry.routes.push({ name: partName(k, lines.length), altitudeRef: band.altitudeRef, points, groundClamped: false, line: source.line })
  })
  rings.forEach(({ ring }, k) => {
    geometry.areas.push({ name: partName(k, rings.length), altitudeRef: band.altitudeRef, ring, minAltitudeM: band.minAltitudeM, maxAltitudeM: band.maxAltitudeM, line: source.line })
  })
  return {
    unreferenced: band.altitudeRef === null && lines.some((points) => points.some((p) => p[2] !== null)),
    holes: rings.reduce((sum, r) => sum + r.holes, 0),
  }
}

function collectGeometry(node: Json, lines: [number, number, number | null][][], rings: { ring: [number, number][]; holes: number }[], geometry: PlannedGeometry): void {
  if (node === null) return
  if (!isObject(node) || typeof node.type !== 'string') throw new GeometryError('a geometry needs a type', 'geometry')
  const coordinates = node.coordinates ?? null
  switch (node.type) {
    case 'LineString':
      lines.push(positions(coordinates))
      return
    case 'MultiLineString':
      for (const part of arrayOf(coordinates)) lines.push(positions(part))
      return
    case 'Polygon':
      rings.push(outerRing(coordinates))
      return
    case 'MultiPolygon':
      for (const part of arrayOf(coordinates)) rings.push(outerRing(part))
      return
    case 'GeometryCollection':
      for (const part of arrayOf(node.geometries)) collectGeometry(part, lines, rings, geometry)
      return
    case 'Point':
    case 'MultiPoint':
      noteIgnored(geometry, `${node.type} geometries`)
      return
    default:
      throw new GeometryError(`unknown geometry type ${JSON.stringify(node.type)}`, 'geometry.type')
  }
}

function outerRing(coordinates: Json): { ring: [number, number][]; holes: number } {
  const rings = arrayOf(coordinates)
  if (rings[0] === undefined) throw new GeometryError('a Polygon needs an outer ring', 'geometry.coordinates')
  return { ring: positions(rings[0]).map(([lon, lat]) => [lon, lat]), holes: rings.length - 1 }
}

function positions(coordinates: Json): [number, number, number | null][] {
  return arrayOf(coordinates).map((position) => {
    const [lon, lat, altitude] = arrayOf(position)
    if (typeof lon !== 'number' || typeof lat !== 'number') throw new GeometryError(`a position is [lon, lat, altitude?], not ${JSON.stringify(position)}`, 'geometry.coordinates')
    checkPosition(lon, lat)
    if (altitude !== undefined && altitude !== null && typeof altitude !== 'number') throw new GeometryError(`altitude is not a number in ${JSON.stringify(position)}`, 'geometry.coordinates')
    return [lon, lat, altitude ?? null]
  })
}

function featureSource(feature: Json, line: number, label: string): FeatureSource {
  // A bare geometry among the features is read as one; anything else fails as a geometry without a type.
  if (!isObject(feature) || feature.type !== 'Feature') return { geometry: feature, properties: new Map(), line, label }
  const properties = isObject(feature.properties) ? propertyMap(Object.entries(feature.properties)) : new Map<string, unknown>()
  return { geometry: feature.geometry ?? null, properties, line, label }
}

function parseJson(text: string, fileName: string): Json {
  try {
    return JSON.parse(text) as Json
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : Number(/line (\d+)/.exec(message)?.[1] ?? 1)
    throw new FileRefusal(`${fileName}:${line}: malformed JSON: ${message}`)
  }
}

/** Line of each `"type": "Feature"` in document order: features do not nest, so the k-th is feature k. */
function featureStartLines(text: string): number[] {
  const lines: number[] = []
  const pattern = /"type"\s*:\s*"Feature"/g
  let line = 1
  let from = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    for (let i = text.indexOf('\n', from); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++
    from = m.index
    lines.push(line)
  }
  return lines
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function arrayOf(value: Json | undefined): Json[] {
  if (!Array.isArray(value)) throw new GeometryError(`expected an array, found ${JSON.stringify(value)?.slice(0, 60) ?? 'nothing'}`, 'geometry.coordinates')
  return value
}
