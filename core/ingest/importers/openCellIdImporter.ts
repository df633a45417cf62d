import { FileRefusal, type Importer } from '../importer.js'
import { parseCoordinate } from '../parseValues.js'
import { HeaderIndex } from '../tabular/headerIndex.js'
import { readTable } from '../tabular/readTable.js'
import { ColumnError, inColumn, optionalText, parseBoundedNumber } from './fieldReading.js'
import { writeCellNetwork, type CellRow } from './writeCellNetwork.js'

const required = ['radio', 'mcc', 'net', 'area', 'cell', 'lon', 'lat'] as const
const optional = ['unit', 'samples', 'changeable'] as const
type Column = (typeof required)[number] | (typeof optional)[number]

/** Largest cell identity per radio: ECI 28 bits (TS 36.413), NCI 36 bits (TS 38.413), UTRAN 28 bits, GSM CI 16 bits. */
const maxCellId: Record<string, number> = { LTE: 2 ** 28 - 1, NR: 2 ** 36 - 1, UMTS: 2 ** 28 - 1, GSM: 2 ** 16 - 1, CDMA: 2 ** 16 - 1 }

/**
 * OpenCelliD / Mozilla Location Service cell export (`radio,mcc,net,area,cell,unit,lon,lat,range,
 * samples,…`). Positions are centroids of crowd-sourced measurements, not masts: each cell keeps its
 * estimate and each eNB site is put at the samples-weighted centroid of its cells. Keys are
 * `<mcc>-<mnc>-<cell>` for LTE/NR (the cell id is unique in a PLMN) and `<mcc>-<mnc>-<area>-<cell>`
 * for GSM/UMTS/CDMA (unique only within a LAC). A cell listed again under another TAC is rejected
 * (OpenCelliD keeps one entry per TAC; the first, usually the better-sampled, is kept). `unit` ≤ 0 is
 * an unknown PCI; no azimuth, height, tilt or power is given, so defaults apply (omni pattern).
 */
export const openCellIdImporter: Importer = {
  format: 'opencellid',
  kind: 'cells',
  description: 'OpenCelliD / Mozilla Location Service cell export (radio, mcc, net, area, cell, unit, lon, lat, range, samples…)',
  detect: (probe) => (new HeaderIndex(probe.header).has(...required, 'range', 'samples') ? 0.95 : 0),
  async run(context) {
    const table = await readTable(context.probe)
    const h = new HeaderIndex(table.header)
    const missing = required.filter((c) => h.find(c) < 0)
    if (missing.length > 0) throw new FileRefusal(`${context.probe.fileName}: not an OpenCelliD export (no ${missing.join(', ')} column)`)
    const col = Object.fromEntries([...required, ...optional].map((c) => [c, h.find(c)])) as Record<Column, number>
    const rows: CellRow[] = []
    let unknownPci = 0
    let estimated = 0
    for await (const batch of table.batches) {
      batch.rows.forEach((fields, k) => {
        const line = batch.lines[k] as number
        try {
          const row = readOpenCellIdRow(fields, line, col)
          if (row.pci === null) unknownPci++
          // changeable = 1: position computed from measurements; 0: an exact position was supplied.
          if (fields[col.changeable]?.trim() !== '0') estimated++
          rows.push(row)
        } catch (error) {
          if (!(error instanceof ColumnError)) throw error
          context.reject(line, error.field, error.message)
        }
      })
      await context.checkpoint(batch.bytesRead)
    }
    context.warn(
      `${estimated} of ${rows.length} positions are OpenCelliD estimates (centroids of crowd-sourced measurements), not mast positions: ` +
        'each cell keeps its position, each eNB site sits at the samples-weighted centroid of its cells',
    )
    if (unknownPci > 0) context.warn(`${unknownPci} rows have unit 0 or -1, OpenCelliD's "unknown": PCI left empty`)
    context.warn('range, created/updated and averageSignal (0 = unknown) are not stored: cells have no columns for them')
    return { rows: writeCellNetwork(context, rows, 'centroid') }
  },
}

function readOpenCellIdRow(fields: readonly string[], line: number, col: Record<Column, number>): CellRow {
  const text = (c: Column): string | undefined => (col[c] < 0 ? undefined : fields[col[c]])
  const radio = optionalText(text('radio'))?.toUpperCase() ?? null
  if (radio === null) throw new ColumnError('radio', 'no radio technology')
  const mcc = inColumn('mcc', () => parseBoundedNumber(text('mcc'), { min: 0, max: 999, integer: true }))
  const mnc = inColumn('net', () => parseBoundedNumber(text('net'), { min: 0, max: 999, integer: true }))
  const area = inColumn('area', () => parseBoundedNumber(text('area'), { min: 0, max: 2 ** 24 - 1, integer: true }))
  const cell = inColumn('cell', () => parseBoundedNumber(text('cell'), { min: 0, max: maxCellId[radio] ?? 2 ** 36 - 1, integer: true }))
  if (mcc === null || mnc === null || cell === null) throw new ColumnError(mcc === null ? 'mcc' : mnc === null ? 'net' : 'cell', 'missing')
  const lon = inColumn('lon', () => parseCoordinate(text('lon'), 'lon'))
  const lat = inColumn('lat', () => parseCoordinate(text('lat'), 'lat'))
  if (lon === null || lat === null) throw new ColumnError(lon === null ? 'lon' : 'lat', 'no position')
  const unit = inColumn('unit', () => parseBoundedNumber(text('unit'), { min: -1, max: 1007, integer: true }))
  const samples = inColumn('samples', () => parseBoundedNumber(text('samples'), { min: 0, max: Number.MAX_SAFE_INTEGER }))
  // MNCs are stored as integers by OpenCelliD: written with at least two digits, as PLMNs are quoted.
  const plmn = `${String(mcc).padStart(3, '0')}-${String(mnc).padStart(2, '0')}`
  const perPlmn = radio === 'LTE' || radio === 'NR'
  const name = perPlmn ? `${plmn}-${cell}` : `${plmn}-${area ?? 0}-${cell}`
  return {
    line, keyField: 'cell', name, label: null,
    cellIdentity: optionalText(text('cell')),
    technology: radio,
    siteName: radio === 'LTE' ? `${plmn} eNB ${Math.floor(cell / 256)}` : `site ${name}`,
    siteWeight: samples ?? 1, lon, lat,
    given: { heightM: null, azimuthDeg: null, mechanicalTiltDeg: null, electricalTiltDeg: null, txPowerDbm: null, hBeamwidthDeg: null, vBeamwidthDeg: null },
    pci: unit === null || unit <= 0 ? null : unit,
    arfcn: null, band: null, fcMhz: null, bandwidthMhz: null, scsKhz: null, tddPattern: null, beams: null,
  }
}
