import { readFile } from 'node:fs/promises'
import { countMatches, createGeometryImporters, routeShareOf } from '../geometry/createGeometryImporters.js'
import { readGeoJsonGeometry } from '../geometry/readGeoJsonGeometry.js'
import { decodeText } from '../geometry/decodeText.js'

const geoJsonTypes = /"type"\s*:\s*"(?:FeatureCollection|Feature|LineString|MultiLineString|Polygon|MultiPolygon|GeometryCollection)"/

/** GeoJSON (RFC 7946) LineStrings as routes and Polygons as areas; see readGeoJsonGeometry. */
export const geoJsonImporters = createGeometryImporters({
  format: 'geojson',
  description: 'GeoJSON routes and areas',
  detect: (probe) => {
    const looksLike = geoJsonTypes.test(probe.headText)
    const confidence = probe.extension === 'geojson' ? 0.95 : probe.extension === 'json' && looksLike ? 0.85 : looksLike && probe.headText.trimStart().startsWith('{') ? 0.6 : 0
    return { confidence, routeShare: routeShareOf(countMatches(probe.headText, /"(?:Multi)?LineString"/), countMatches(probe.headText, /"(?:Multi)?Polygon"/)) }
  },
  read: async (context) => readGeoJsonGeometry(decodeText(await readFile(context.probe.path)), context.probe.fileName, context),
})
