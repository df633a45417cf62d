import { insertNetwork, type NewCell, type NewSite } from '../../db/cellsTable.js'
import type { ImportRunContext } from '../importer.js'
import { applyCellDefaults, DefaultsTally, type GivenEngineering } from './cellDefaults.js'
import { buildSheetBeams, type SheetBeamSpec } from './sheetSsbBeams.js'

/** One cell as an importer read it, before defaults, site grouping and the uniqueness checks. */
export interface CellRow {
  line: number
  /** The column the key comes from, for `line:field` rejections. */
  keyField: string
  /** Unique key in the project, stored as cells.name (e.g. `234-10-138498414`). */
  name: string
  label: string | null
  cellIdentity: string | null
  technology: string | null
  /** Name of the site before position splitting (e.g. `234-10 eNB 541009`). */
  siteName: string
  /** Weight of this cell's position in its site's centroid (OpenCelliD: its sample count). */
  siteWeight: number
  lon: number
  lat: number
  given: GivenEngineering
  pci: number | null
  arfcn: number | null
  band: string | null
  fcMhz: number | null
  bandwidthMhz: number | null
  scsKhz: number | null
  tddPattern: string | null
  beams: SheetBeamSpec | null
}

/**
 * How cells become sites. `position`: cells of one site name at the same coordinates form a site,
 * another position of the same name becomes `<name> #2` (lists where co-sited cells repeat the mast's
 * position). `centroid`: one site per name at the weighted mean of its cells' positions (lists whose
 * positions are per-cell estimates, or sheets naming the site).
 */
export type SiteGrouping = 'position' | 'centroid'

/**
 * Stores an importer's cells with their sites: rejects a row whose key is already in the project or
 * repeats an earlier row, fills missing engineering fields with the documented defaults (ONE warning
 * for the file), reuses sites already in the project by name, and inserts the rest. Returns the
 * number of cells stored.
 */
export function writeCellNetwork(context: ImportRunContext, rows: readonly CellRow[], grouping: SiteGrouping): number {
  const accepted = acceptUniqueRows(context, rows)
  const tally = new DefaultsTally()
  const siteOf = groupSites(accepted, grouping)
  const cells: NewCell[] = accepted.map((row) => {
    const engineering = applyCellDefaults(row.given, row.technology)
    tally.add(engineering)
    const { values, defaulted } = engineering
    const sheetBeams = row.beams === null ? { beams: [], defaulted: [] } : buildSheetBeams(row.beams, values)
    return {
      name: row.name, site: (siteOf.get(row) as NewSite).name, lon: row.lon, lat: row.lat, ...values,
      pci: row.pci, arfcn: row.arfcn, band: row.band, fcMhz: row.fcMhz, bandwidthMhz: row.bandwidthMhz, scsKhz: row.scsKhz,
      tddPattern: row.tddPattern, beams: sheetBeams.beams,
      label: row.label, cellIdentity: row.cellIdentity, technology: row.technology, defaulted: [...defaulted, ...sheetBeams.defaulted],
    }
  })
  const existingSite = context.db.prepare('SELECT 1 FROM sites WHERE name = ?').pluck()
  const newSites: NewSite[] = []
  let reused = 0
  for (const site of new Set(siteOf.values())) {
    if (existingSite.get(site.name) === undefined) newSites.push(site)
    else reused++
  }
  insertNetwork(context.db, context.importId, newSites, cells)
  const defaultsWarning = tally.describe()
  if (defaultsWarning !== undefined) context.warn(defaultsWarning)
  if (reused > 0) context.warn(`sites already in the project (same name), given the new cells: ${reused}`)
  return cells.length
}

function acceptUniqueRows(context: ImportRunContext, rows: readonly CellRow[]): CellRow[] {
  const inProject = context.db.prepare('SELECT import_id FROM cells WHERE name = ?').pluck()
  const firstLine = new Map<string, number>()
  const accepted: CellRow[] = []
  for (const row of rows) {
    const earlier = firstLine.get(row.name)
    if (earlier !== undefined) {
      context.reject(row.line, row.keyField, `cell ${row.name} repeats line ${earlier}: the first one is kept`)
      continue
    }
    firstLine.set(row.name, row.line)
    const importId = inProject.get(row.name) as number | null | undefined
    if (importId !== undefined) {
      context.reject(row.line, row.keyField, `cell ${row.name} is already in the project${importId === null ? '' : ` (import ${importId})`}`)
      continue
    }
    accepted.push(row)
  }
  return accepted
}

/** The site of each row; rows sharing a site share the same NewSite object. */
function groupSites(rows: readonly CellRow[], grouping: SiteGrouping): Map<CellRow, NewSite> {
  const byName = new Map<string, CellRow[]>()
  for (const row of rows) {
    const members = byName.get(row.siteName)
    if (members === undefined) byName.set(row.siteName, [row])
    else members.push(row)
  }
  const siteOf = new Map<CellRow, NewSite>()
  for (const [name, members] of byName) {
    if (grouping === 'centroid') {
      const total = members.reduce((sum, r) => sum + r.siteWeight, 0)
      const mean = (pick: (r: CellRow) => number): number =>
        total > 0 ? members.reduce((sum, r) => sum + pick(r) * r.siteWeight, 0) / total : members.reduce((sum, r) => sum + pick(r), 0) / members.length
      const site: NewSite = { name, lon: mean((r) => r.lon), lat: mean((r) => r.lat), groundAltitudeM: null }
      for (const r of members) siteOf.set(r, site)
      continue
    }
    // Positions compared to 1e-7° (about 1 cm): co-sited cells repeat the mast's coordinates exactly.
    const byPosition = new Map<string, NewSite>()
    for (const r of members) {
      const key = `${r.lon.toFixed(7)},${r.lat.toFixed(7)}`
      let site = byPosition.get(key)
      if (site === undefined) {
        site = { name: byPosition.size === 0 ? name : `${name} #${byPosition.size + 1}`, lon: r.lon, lat: r.lat, groundAltitudeM: null }
        byPosition.set(key, site)
      }
      siteOf.set(r, site)
    }
  }
  return siteOf
}
