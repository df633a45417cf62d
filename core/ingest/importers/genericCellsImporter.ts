import { FileRefusal, type FileProbe, type Importer } from '../importer.js'
import { readTable } from '../tabular/readTable.js'
import { cellColumnSynonyms, type CellField } from './cellColumnSynonyms.js'
import { ColumnError } from './fieldReading.js'
import { isBlankRow, readGenericCellRow, type GenericCellSheet } from './readGenericCellRow.js'
import { resolveColumns, splitHeader } from './resolveColumns.js'
import { writeCellNetwork, type CellRow } from './writeCellNetwork.js'

/** Headers that mark a measurement log rather than a cell list: a drive test also has cell ids and positions. */
const measurementHeaders = new Set(['time', 'timestamp', 'date time', 'datetime', 'rsrp', 'sinr', 'rsrq', '时间', '采样时间'].map((h) => splitHeader(h).key))

/**
 * Confidence that a header is a cell sheet: a cell (name or identity) and a position, more with
 * engineering columns; low when it also has measurement columns. Other tables, and spreadsheets
 * (whose header is not in the probe), get a token score: with `--kind cells` this importer takes them.
 */
export function detectGenericCells(probe: Pick<FileProbe, 'header' | 'extension'>): number {
  if (probe.header.length === 0) return probe.extension === 'xlsx' || probe.extension === 'xlsm' ? 0.05 : 0
  const cols = resolveColumns(probe.header, cellColumnSynonyms)
  const has = (f: CellField): boolean => cols.index[f] >= 0
  // A token score for any other table: with `--kind cells` and a mapping, this importer takes it.
  if (!(has('cell') || has('cellIdentity')) || !has('lat') || !has('lon')) return 0.01
  if (probe.header.some((h) => measurementHeaders.has(splitHeader(h).key))) return 0.2
  const engineering = (['azimuthDeg', 'heightM', 'pci', 'arfcn', 'electricalTiltDeg', 'mechanicalTiltDeg', 'site'] as const).filter(has).length
  return engineering >= 2 ? 0.6 : 0.4
}

/**
 * A generic engineering-parameter sheet (CSV in any encoding and delimiter, or xlsx), with English or
 * Chinese headers (cellColumnSynonyms.ts) or a user mapping. Rows become sites and cells (and SSB
 * beams when the sheet has beam columns); missing engineering fields take the documented defaults.
 * A semicolon-separated file is read with decimal commas.
 */
export const genericCellsImporter: Importer = {
  format: 'generic-cells',
  kind: 'cells',
  description: 'Cell engineering-parameter sheet (CSV or xlsx; site, cell, lat/lon, azimuth, tilts, height, PCI, ARFCN… in English or Chinese)',
  detect: detectGenericCells,
  async run(context) {
    const table = await readTable(context.probe)
    const cols = resolveColumns(table.header, cellColumnSynonyms, context.options.mapping, context.probe.fileName)
    const absent: CellField[] = (['cell', 'lat', 'lon'] as const).filter((f) => cols.index[f] < 0 && (f !== 'cell' || cols.index.cellIdentity < 0))
    if (absent.length > 0) {
      const names = absent.map((f) => `${f} (${cellColumnSynonyms[f].slice(0, 4).join(', ')}…)`).join(', ')
      throw new FileRefusal(`${context.probe.fileName}: no ${names} column; map the columns to import this sheet`)
    }
    const sheet: GenericCellSheet = { cols, decimalComma: table.delimiter === ';', scale: context.options.mapping?.scale ?? {} }
    const rows: CellRow[] = []
    for await (const batch of table.batches) {
      batch.rows.forEach((fields, k) => {
        if (isBlankRow(fields)) return
        const line = batch.lines[k] as number
        try {
          rows.push(readGenericCellRow(fields, line, sheet))
        } catch (error) {
          if (!(error instanceof ColumnError)) throw error
          context.reject(line, error.field, error.message)
        }
      })
      await context.checkpoint(batch.bytesRead)
    }
    return { rows: writeCellNetwork(context, rows, 'centroid') }
  },
}
