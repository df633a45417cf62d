import { FileRefusal } from '../importer.js'
import type { TableReader } from '../tabular/tableReader.js'

// Replaced by the spreadsheet reader being written in this session; never committed in this form.
export function readXlsxTable(path: string, _options: { sheet?: string } = {}): Promise<TableReader> {
  return Promise.reject(new FileRefusal(`${path}: spreadsheets are not readable yet`))
}
