import { FileRefusal } from '../importer.js'
import { checkPosition, emptyPlannedGeometry, GeometryError, noteIgnored, type GeometryIssues, type PlannedGeometry, type PlannedRoute } from './plannedGeometry.js'
import { childElements, childText, parseXmlDocument, type XmlDocument, type XmlNode } from './xmlDocument.js'

const gpxArrayTags = new Set(['trk', 'trkseg', 'trkpt', 'rte', 'rtept', 'wpt'])

/**
 * Reads the routes of a GPX 1.0/1.1 file: each track segment (trk/trkseg/trkpt) and each route
 * (rte/rtept) is a route; `<ele>` is the altitude in metres above mean sea level (GPX 1.1 schema,
 * `ele`: "Elevation (in meters) of the point"; receivers report it above the geoid), so routes with
 * elevations are AMSL. A track of several segments gives one route per segment ("name part k"),
 * because a segment break is a gap in the path. Waypoints (wpt) are not routes: they are counted and
 * ignored.
 */
export function readGpxGeometry(text: string, fileName: string, issues: GeometryIssues): PlannedGeometry {
  const doc = parseXmlDocument(text, fileName, gpxArrayTags)
  const gpx = childElements(doc.root, 'gpx')[0]
  if (gpx === undefined) throw new FileRefusal(`${fileName}: not a GPX document (no <gpx> root element)`)
  const geometry = emptyPlannedGeometry()
  const add = (node: XmlNode, name: string | null, points: XmlNode[]): void => {
    const line = doc.lineOf(node)
    try {
      geometry.routes.push(gpxRoute(doc, name, points, line))
    } catch (error) {
      if (!(error instanceof GeometryError)) throw error
      issues.reject(line, error.field, `route "${name ?? '(unnamed)'}": ${error.message}`)
    }
  }
  for (const track of childElements(gpx, 'trk')) {
    const name = childText(track, 'name') || null
    const segments = childElements(track, 'trkseg')
    segments.forEach((segment, k) => add(segment, segments.length > 1 ? `${name ?? 'unnamed'} part ${k + 1}` : name, childElements(segment, 'trkpt')))
  }
  for (const route of childElements(gpx, 'rte')) add(route, childText(route, 'name') || null, childElements(route, 'rtept'))
  for (const _ of childElements(gpx, 'wpt')) noteIgnored(geometry, 'waypoints (wpt)')
  geometry.routes.sort((a, b) => a.line - b.line)
  return geometry
}

function gpxRoute(doc: XmlDocument, name: string | null, points: XmlNode[], line: number): PlannedRoute {
  const vertices = points.map((point): [number, number, number | null] => {
    const lon = Number(point['@_lon'])
    const lat = Number(point['@_lat'])
    try {
      checkPosition(lon, lat)
    } catch (error) {
      throw new GeometryError(`line ${doc.lineOf(point)}: ${(error as Error).message}`, 'lat/lon')
    }
    const ele = childText(point, 'ele')
    if (ele === undefined || ele === '') return [lon, lat, null]
    const altitudeM = Number(ele)
    if (!Number.isFinite(altitudeM)) throw new GeometryError(`line ${doc.lineOf(point)}: ele is not a number: ${JSON.stringify(ele)}`, 'ele')
    return [lon, lat, altitudeM]
  })
  return { name, altitudeRef: 'AMSL', points: vertices, groundClamped: false, line }
}
