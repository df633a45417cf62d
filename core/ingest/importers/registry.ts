import type { Importer } from '../importer.js'
import { gnettrackImporter } from './gnettrackImporter.js'
import { csvRouteImporters } from './csvRouteImporter.js'
import { geoJsonImporters } from './geoJsonImporter.js'
import { gpxRouteImporter } from './gpxImporter.js'
import { kmlImporters, kmzImporters } from './kmlImporter.js'
import { genericDriveTestImporter } from './genericDriveTestImporter.js'
import { nemoImporter } from './nemoImporter.js'
import { nsgCellsImporter } from './nsgCellsImporter.js'
import { openCellIdImporter } from './openCellIdImporter.js'
import { genericCellsImporter } from './genericCellsImporter.js'
import { kpiLongImporter, kpiWideImporter } from './kpiImporter.js'
import { fiveGophersKqiImporter } from './fiveGophersKqiImporter.js'
import { genericKqiImporter } from './genericKqiImporter.js'

/** Every importer Certus has; detection picks among them (chooseImporter.ts). */
export const importers: readonly Importer[] = [
  gnettrackImporter, nemoImporter, genericDriveTestImporter,
  // Routes and areas: each format has a route and an area importer (createGeometryImporters).
  kmlImporters.route, kmlImporters.area, kmzImporters.route, kmzImporters.area, gpxRouteImporter,
  geoJsonImporters.route, geoJsonImporters.area, csvRouteImporters.route, csvRouteImporters.area,
  // Cells, KPI and KQI.
  nsgCellsImporter, openCellIdImporter, genericCellsImporter, kpiLongImporter, kpiWideImporter, fiveGophersKqiImporter, genericKqiImporter,
]
