import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { countMatches, createGeometryImporters, routeShareOf, type GeometryDetection } from '../geometry/createGeometryImporters.js'
import { readKmlGeometry } from '../geometry/readKmlGeometry.js'
import { readKmzDocument } from '../geometry/readKmzDocument.js'
import { decodeText } from '../geometry/decodeText.js'
import type { FileProbe } from '../importer.js'

const linePattern = /<(?:\w+:)?(?:LineString|Track)\b/
const polygonPattern = /<(?:\w+:)?Polygon\b/

function detectKmlText(text: string, confidence: number): GeometryDetection {
  return { confidence, routeShare: routeShareOf(countMatches(text, linePattern), countMatches(text, polygonPattern)) }
}

// Detection of a KMZ looks inside: the archive is inflated (its .kml entries only) up to this size.
const kmzInspectLimitBytes = 64 * 1024 * 1024

/**
 * KML (Google Earth and most flight planners): LineStrings and gx:Tracks are routes, Polygons are
 * areas, in nested Folders and MultiGeometries; see readKmlGeometry for altitude modes and bands.
 */
export const kmlImporters = createGeometryImporters({
  format: 'kml',
  description: 'KML routes and areas',
  detect: (probe: FileProbe) => {
    const isKml = probe.extension === 'kml' || /<kml[\s>]/.test(probe.headText)
    return isKml ? detectKmlText(probe.headText, probe.extension === 'kml' ? 0.95 : 0.9) : { confidence: 0, routeShare: 1 }
  },
  read: async (context) => readKmlGeometry(decodeText(await readFile(context.probe.path)), context.probe.fileName, context),
})

/** KMZ: a zip holding doc.kml (and its images), read as KML. */
export const kmzImporters = createGeometryImporters({
  format: 'kmz',
  description: 'KMZ (zipped KML) routes and areas',
  detect: (probe: FileProbe) => {
    if (probe.extension !== 'kmz') return { confidence: 0, routeShare: 1 }
    if (probe.sizeBytes > kmzInspectLimitBytes) return { confidence: 0.9, routeShare: 1 }
    try {
      return detectKmlText(readKmzDocument(readFileSync(probe.path), probe.fileName), 0.95)
    } catch {
      // Claimed all the same: the run refuses it with the reason, which says more than "cannot tell".
      return { confidence: 0.9, routeShare: 1 }
    }
  },
  read: async (context) => readKmlGeometry(readKmzDocument(await readFile(context.probe.path), context.probe.fileName), context.probe.fileName, context),
})
