import type { ExportLayerName } from '../api/schemas/exportSchemas.js'
import type { ProjectDb } from '../db/openProjectDb.js'
import { cellsExportTable } from './cellsExportTable.js'
import type { CsvView, ExportLayer, ExportTable, ExportValue } from './exportTable.js'
import { areasExportTable, routesCsvView, routesExportTable } from './routesExportTables.js'
import { samplesExportTable } from './samplesExportTable.js'

/**
 * The tables of one export layer. `routes` holds the planned routes AND the task areas (two tables:
 * the GeoPackage gets layers `routes` and `areas`, GeoJSON and KML one collection or two folders),
 * since both are the flight plan and the CLI's layers stay samples | cells | routes.
 */
export function readExportLayer(db: ProjectDb, layer: ExportLayerName): ExportLayer {
  const tables: ExportTable[] = layer === 'samples' ? [samplesExportTable(db)] : layer === 'cells' ? [cellsExportTable(db)] : [routesExportTable(db), areasExportTable(db)]
  const csv = layer === 'routes' ? routesCsvView(tables[0] as ExportTable, tables[1] as ExportTable) : pointCsvView(tables[0] as ExportTable)
  return { layer, tables, csv, features: tables.reduce((sum, t) => sum + t.count, 0) }
}

/** A point table flat: id, lon_deg, lat_deg, then every field. */
function pointCsvView(table: ExportTable): CsvView {
  return {
    header: ['id', 'lon_deg', 'lat_deg', ...table.fields.map((f) => f.name)],
    count: table.count,
    *pages() {
      for (const page of table.pages()) yield page.map((f): ExportValue[] => [f.id, ...(f.geometry.coordinates.slice(0, 2) as number[]), ...f.values])
    },
  }
}
