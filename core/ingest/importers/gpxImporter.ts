import { readFile } from 'node:fs/promises'
import { createGeometryImporters } from '../geometry/createGeometryImporters.js'
import { readGpxGeometry } from '../geometry/readGpxGeometry.js'
import { decodeText } from '../geometry/decodeText.js'

/**
 * GPX tracks and routes (GPS loggers, flight logs, route planners) as routes with AMSL elevations;
 * GPX has no polygons, so it only ever imports routes.
 */
export const gpxRouteImporter = createGeometryImporters({
  format: 'gpx',
  description: 'GPX tracks and routes',
  detect: (probe) => ({ confidence: probe.extension === 'gpx' ? 0.95 : /<gpx[\s>]/.test(probe.headText) ? 0.9 : 0, routeShare: 1 }),
  read: async (context) => readGpxGeometry(decodeText(await readFile(context.probe.path)), context.probe.fileName, context),
}).route
