import { FileRefusal } from '../importer.js'
import { propertyMap, readAltitudeProperties, type AltitudeProperties } from './altitudeProperties.js'
import {
  checkPosition, emptyPlannedGeometry, GeometryError, noteIgnored,
  type AltitudeReference, type GeometryIssues, type PlannedGeometry,
} from './plannedGeometry.js'
import { childElements, childText, parseXmlDocument, type XmlDocument, type XmlNode } from './xmlDocument.js'

/** Elements that may repeat; parsed as arrays always. `gx:` prefixes are dropped (Track, coord). */
const kmlArrayTags = new Set([
  'Document', 'Folder', 'Placemark', 'MultiGeometry', 'LineString', 'LinearRing', 'Polygon', 'Point', 'Track', 'MultiTrack',
  'Model', 'coord', 'innerBoundaryIs', 'Data', 'SchemaData', 'SimpleData',
])

/** How a KML geometry's altitudes read: a reference, or "on the ground" (altitudes ignored). */
interface AltitudeMode {
  altitudeRef: AltitudeReference | null
  clamped: boolean
}

/**
 * Reads the routes (LineString, LinearRing, gx:Track) and areas (Polygon: outer ring) of a KML
 * document, through nested Documents, Folders and MultiGeometries. `altitudeMode` absolute → AMSL,
 * relativeToGround / relativeToSeaFloor → AGL, clampToGround (the default) → on the ground, altitudes
 * ignored (OGC KML 2.2, kml:altitudeModeEnumType). An area's band comes from ExtendedData
 * `minAltitudeM` / `maxAltitudeM` / `altitudeRef` (Data or SimpleData). Multi-part placemarks give
 * one route or area per part, named "name part k".
 */
export function readKmlGeometry(text: string, fileName: string, issues: GeometryIssues): PlannedGeometry {
  const doc = parseXmlDocument(text, fileName, kmlArrayTags)
  const kml = childElements(doc.root, 'kml')[0]
  if (kml === undefined) throw new FileRefusal(`${fileName}: not a KML document (no <kml> root element)`)
  const geometry = emptyPlannedGeometry()
  const visit = (container: XmlNode): void => {
    for (const placemark of childElements(container, 'Placemark')) readPlacemark(doc, placemark, geometry, issues)
    for (const tag of ['Document', 'Folder']) for (const child of childElements(container, tag)) visit(child)
  }
  visit(kml)
  // Containers are walked tag by tag; restore the file's order for default names and suffixes.
  geometry.routes.sort((a, b) => a.line - b.line)
  geometry.areas.sort((a, b) => a.line - b.line)
  return geometry
}

interface PlacemarkParts {
  lines: { node: XmlNode; points: [number, number, number | null][]; mode: AltitudeMode }[]
  polygons: { node: XmlNode; ring: [number, number][]; mode: AltitudeMode; holes: number }[]
}

function readPlacemark(doc: XmlDocument, placemark: XmlNode, geometry: PlannedGeometry, issues: GeometryIssues): void {
  const line = doc.lineOf(placemark)
  const name = childText(placemark, 'name') || null
  let parts: PlacemarkParts
  let properties: AltitudeProperties
  try {
    properties = readAltitudeProperties(extendedData(placemark))
    parts = { lines: [], polygons: [] }
    collectParts(placemark, parts, geometry)
  } catch (error) {
    if (!(error instanceof GeometryError)) throw error
    issues.reject(line, error.field, `placemark "${name ?? '(unnamed)'}": ${error.message}`)
    return
  }
  const partName = (k: number, count: number): string | null => (count > 1 ? `${name ?? 'unnamed'} part ${k + 1}` : name)
  parts.lines.forEach((part, k) => {
    geometry.routes.push({
      name: partName(k, parts.lines.length),
      altitudeRef: properties.altitudeRef ?? part.mode.altitudeRef,
      points: part.mode.clamped ? part.points.map(([lon, lat]) => [lon, lat, null]) : part.points,
      groundClamped: part.mode.clamped,
      line: doc.lineOf(part.node) || line,
    })
  })
  parts.polygons.forEach((part, k) => {
    if (part.holes > 0) issues.warn(`placemark "${name ?? '(unnamed)'}" (line ${line}): inner rings (holes) dropped, as an area is its outer ring: ${part.holes}`)
    geometry.areas.push({
      name: partName(k, parts.polygons.length),
      altitudeRef: properties.altitudeRef ?? part.mode.altitudeRef,
      ring: part.ring,
      minAltitudeM: properties.minAltitudeM,
      maxAltitudeM: properties.maxAltitudeM,
      line: doc.lineOf(part.node) || line,
    })
  })
}

/** Gathers the lines and polygons of a Placemark or MultiGeometry; other geometries are counted as ignored. */
function collectParts(node: XmlNode, parts: PlacemarkParts, geometry: PlannedGeometry): void {
  for (const tag of ['LineString', 'LinearRing']) {
    for (const line of childElements(node, tag)) parts.lines.push({ node: line, points: parseKmlCoordinates(childText(line, 'coordinates')), mode: altitudeMode(line) })
  }
  for (const track of childElements(node, 'Track')) parts.lines.push({ node: track, points: parseTrackCoords(track), mode: altitudeMode(track) })
  for (const multiTrack of childElements(node, 'MultiTrack')) collectParts(multiTrack, parts, geometry)
  for (const polygon of childElements(node, 'Polygon')) {
    const outer = childElements(childElements(polygon, 'outerBoundaryIs')[0] ?? {}, 'LinearRing')[0]
    if (outer === undefined) throw new GeometryError('a Polygon without outerBoundaryIs/LinearRing')
    const ring = parseKmlCoordinates(childText(outer, 'coordinates')).map(([lon, lat]): [number, number] => [lon, lat])
    parts.polygons.push({ node: polygon, ring, mode: altitudeMode(polygon), holes: childElements(polygon, 'innerBoundaryIs').length })
  }
  for (const multi of childElements(node, 'MultiGeometry')) collectParts(multi, parts, geometry)
  for (const tag of ['Point', 'Model']) for (const _ of childElements(node, tag)) noteIgnored(geometry, `${tag} placemarks`)
}

function altitudeMode(geometryNode: XmlNode): AltitudeMode {
  const mode = childText(geometryNode, 'altitudeMode') ?? 'clampToGround'
  switch (mode) {
    case 'absolute':
      return { altitudeRef: 'AMSL', clamped: false }
    case 'relativeToGround':
    case 'relativeToSeaFloor': // above the ground where there is no sea (Google's gx extension)
      return { altitudeRef: 'AGL', clamped: false }
    case 'clampToGround':
    case 'clampToSeaFloor':
      return { altitudeRef: 'AGL', clamped: true }
    default:
      throw new GeometryError(`unknown altitudeMode ${JSON.stringify(mode)}`, 'altitudeMode')
  }
}

/**
 * KML `coordinates`: `lon,lat[,alt]` tuples separated by whitespace (OGC KML 2.2, kml:coordinatesType).
 * Spaces after commas, which some writers emit, are tolerated.
 */
export function parseKmlCoordinates(text: string | undefined): [number, number, number | null][] {
  const normalised = (text ?? '').trim().replace(/\s*,\s*/g, ',')
  if (normalised === '') throw new GeometryError('empty coordinates')
  return normalised.split(/\s+/).map((tuple) => {
    const values = tuple.split(',')
    if (values.length < 2 || values.length > 3) throw new GeometryError(`a coordinate is lon,lat[,alt], not ${JSON.stringify(tuple)}`)
    const [lon, lat, alt] = values.map((v) => (v.trim() === '' ? Number.NaN : Number(v)))
    checkPosition(lon as number, lat as number)
    if (alt !== undefined && !Number.isFinite(alt)) throw new GeometryError(`altitude is not a number in ${JSON.stringify(tuple)}`)
    return [lon as number, lat as number, alt ?? null]
  })
}

/** gx:Track vertices: `gx:coord` elements of space-separated `lon lat alt`. */
function parseTrackCoords(track: XmlNode): [number, number, number | null][] {
  return childElements(track, 'coord').map((coord) => {
    const tuple = childText(coord) ?? ''
    return (parseKmlCoordinates(tuple.trim().split(/\s+/).join(',')) as [[number, number, number | null]])[0]
  })
}

/** ExtendedData `<Data name><value>` and `<SchemaData><SimpleData name>` as one property map. */
function extendedData(placemark: XmlNode): Map<string, unknown> {
  const entries: [string, unknown][] = []
  for (const extended of childElements(placemark, 'ExtendedData')) {
    for (const data of childElements(extended, 'Data')) entries.push([String(data['@_name'] ?? ''), childText(data, 'value')])
    for (const schemaData of childElements(extended, 'SchemaData')) {
      for (const simple of childElements(schemaData, 'SimpleData')) entries.push([String(simple['@_name'] ?? ''), childText(simple)])
    }
  }
  return propertyMap(entries)
}
