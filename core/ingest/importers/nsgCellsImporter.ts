import { FileRefusal, type Importer, type ImportRunContext } from '../importer.js'
import { parseCoordinate } from '../parseValues.js'
import { HeaderIndex } from '../tabular/headerIndex.js'
import { readTable } from '../tabular/readTable.js'
import { earfcnCarrier } from './earfcnCarrier.js'
import { ColumnError, inColumn, optionalText, parseBoundedNumber } from './fieldReading.js'
import { writeCellNetwork, type CellRow } from './writeCellNetwork.js'

const columns = ['ECellID', 'CellName', 'Longitude', 'Latitude', 'PCI', 'EARFCN', 'Azimuth'] as const
type Column = (typeof columns)[number]

/** Largest E-UTRAN cell identity: 28 bits (TS 36.413 §9.2.1.38: eNB id 20 bits + cell id 8 bits). */
const maxEci = 2 ** 28 - 1

/**
 * The PLMN a cell list belongs to, from a folder named after it (`fragments/GB/23410/…` → `234-10`):
 * the last path segment of 5 or 6 digits whose first three form a valid MCC (2xx–7xx, ITU-T E.212).
 */
export function plmnFromPath(path: string): string | null {
  const folder = path.split(/[\\/]/).slice(0, -1).reverse().find((segment) => /^[2-7]\d{4,5}$/.test(segment))
  return folder === undefined ? null : `${folder.slice(0, 3)}-${folder.slice(3)}`
}

/**
 * Network Signal Guru (NSG) LTE cell lists, both column orders (`ECellID,CellName,…` in the GB
 * community lists, `CellName,…,ECellID,Azimuth` in the German one), read by header name. The key is
 * `<mcc>-<mnc>-<ECI>` when a folder names the PLMN, else the ECI; CellName becomes the label; sites
 * are eNBs (ECI >> 8) at one position. No height, tilt or power is given: defaults with one warning.
 */
export const nsgCellsImporter: Importer = {
  format: 'nsg-cells',
  kind: 'cells',
  description: 'Network Signal Guru (NSG) LTE cell list (ECellID, CellName, Longitude, Latitude, PCI, EARFCN, Azimuth)',
  detect: (probe) => (new HeaderIndex(probe.header).has(...columns) ? 0.95 : 0),
  async run(context) {
    const table = await readTable(context.probe)
    const h = new HeaderIndex(table.header)
    const missing = columns.filter((c) => h.find(c) < 0)
    if (missing.length > 0) throw new FileRefusal(`${context.probe.fileName}: not an NSG cell list (no ${missing.join(', ')} column)`)
    const col = Object.fromEntries(columns.map((c) => [c, h.find(c)])) as Record<Column, number>
    const plmn = plmnFromPath(context.probe.path)
    const rows: CellRow[] = []
    const tally = { zeroAzimuth: 0, unknownEarfcns: new Set<number>() }
    for await (const batch of table.batches) {
      batch.rows.forEach((fields, k) => {
        const line = batch.lines[k] as number
        try {
          rows.push(readNsgRow(fields, line, col, plmn, tally))
        } catch (error) {
          if (!(error instanceof ColumnError)) throw error
          context.reject(line, error.field, error.message)
        }
      })
      await context.checkpoint(batch.bytesRead)
    }
    warnNsgOddities(context, plmn, tally)
    return { rows: writeCellNetwork(context, rows, 'position') }
  },
}

function readNsgRow(
  fields: readonly string[], line: number, col: Record<Column, number>, plmn: string | null,
  tally: { zeroAzimuth: number; unknownEarfcns: Set<number> },
): CellRow {
  const text = (c: Column): string | undefined => fields[col[c]]
  const eci = inColumn('ECellID', () => parseBoundedNumber(text('ECellID'), { min: 0, max: maxEci, integer: true }))
  if (eci === null) throw new ColumnError('ECellID', 'no cell identity')
  const lon = inColumn('Longitude', () => parseCoordinate(text('Longitude'), 'lon'))
  const lat = inColumn('Latitude', () => parseCoordinate(text('Latitude'), 'lat'))
  if (lon === null || lat === null || (lon === 0 && lat === 0)) throw new ColumnError(lon === null ? 'Longitude' : 'Latitude', 'no position')
  // PCI 0–503: TS 36.211 §6.11 (504 = 3 × 168 physical-layer identities).
  const pci = inColumn('PCI', () => parseBoundedNumber(text('PCI'), { min: 0, max: 503, integer: true }))
  const earfcn = inColumn('EARFCN', () => parseBoundedNumber(text('EARFCN'), { min: 0, max: 262_143, integer: true }))
  const carrier = earfcn === null ? undefined : earfcnCarrier(earfcn)
  if (earfcn !== null && carrier === undefined) tally.unknownEarfcns.add(earfcn)
  const azimuth = inColumn('Azimuth', () => parseBoundedNumber(text('Azimuth'), { min: 0, max: 360 }))
  if (azimuth === 0) tally.zeroAzimuth++
  const enbId = Math.floor(eci / 256)
  return {
    line, keyField: 'ECellID',
    name: plmn === null ? String(eci) : `${plmn}-${eci}`,
    label: optionalText(text('CellName')),
    cellIdentity: optionalText(text('ECellID')),
    technology: 'LTE',
    siteName: plmn === null ? `eNB ${enbId}` : `${plmn} eNB ${enbId}`,
    siteWeight: 1, lon, lat,
    given: {
      heightM: null, azimuthDeg: azimuth === null ? null : azimuth % 360, mechanicalTiltDeg: null, electricalTiltDeg: null,
      txPowerDbm: null, hBeamwidthDeg: null, vBeamwidthDeg: null,
    },
    pci, arfcn: earfcn, band: carrier?.band ?? null, fcMhz: carrier?.fcMhz ?? null,
    bandwidthMhz: null, scsKhz: null, tddPattern: null, beams: null,
  }
}

function warnNsgOddities(context: ImportRunContext, plmn: string | null, tally: { zeroAzimuth: number; unknownEarfcns: Set<number> }): void {
  if (plmn === null) context.warn('no PLMN folder (e.g. 23410) in the path: cells are keyed by their ECI alone')
  if (tally.zeroAzimuth > 0) {
    context.warn(`${tally.zeroAzimuth} cells have azimuth 0°, which community lists also use for "unknown": kept as 0° (north)`)
  }
  if (tally.unknownEarfcns.size > 0) {
    context.warn(`EARFCN ${[...tally.unknownEarfcns].sort((a, b) => a - b).join(', ')} is in no band of TS 36.101 Table 5.7.3-1 known here: band and frequency left empty`)
  }
}
