import type { FileProbe } from '../importer.js'
import { readXlsxTable } from '../xlsx/readXlsxTable.js'
import { readDelimitedTable } from './readDelimitedTable.js'
import type { TableReader } from './tableReader.js'

/** Opens any tabular file: a spreadsheet (xlsx: its first sheet) or delimited text (CSV, TSV, …). */
export function readTable(probe: Pick<FileProbe, 'path' | 'extension'>): Promise<TableReader> {
  return probe.extension === 'xlsx' || probe.extension === 'xlsm' ? readXlsxTable(probe.path) : readDelimitedTable(probe.path)
}
