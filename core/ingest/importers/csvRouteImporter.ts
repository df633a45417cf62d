import { createGeometryImporters } from '../geometry/createGeometryImporters.js'
import { readRouteTable } from '../geometry/readRouteTable.js'
import { detectRouteTable, routeShareOfTable } from '../geometry/routeTableColumns.js'

/**
 * Route vertex tables (CSV, TSV, xlsx): route/name, seq/order, lon, lat, alt (经度, 纬度, 高度, 航线…),
 * one row per vertex; a kind column may mark areas. See readRouteTable for the rules.
 */
export const csvRouteImporters = createGeometryImporters({
  format: 'route-table',
  description: 'Route vertex table (CSV/xlsx)',
  detect: (probe) => ({
    // A spreadsheet's header is not in the probe: claimed faintly, so `--kind route` reaches it.
    confidence: probe.extension === 'xlsx' ? 0.05 : detectRouteTable(probe.header, probe.headText),
    routeShare: routeShareOfTable(probe.header, probe.headText),
  }),
  read: readRouteTable,
})
