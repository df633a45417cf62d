import { stat } from 'node:fs/promises'
import { FileRefusal } from '../importer.js'
import type { TableBatch, TableReader } from '../tabular/tableReader.js'
import { openXlsxWorkbook } from './openXlsxWorkbook.js'
import { SheetRowScanner, type SheetRow } from './sheetRowScanner.js'

export interface XlsxTableOptions {
  /** Tab name of the sheet to read (exact, else case-insensitive). Default: the first worksheet in tab order. */
  sheet?: string
  /** Rows per batch. Default 5000. */
  batchRows?: number
}

const defaultBatchRows = 5000

/**
 * Opens one worksheet of an xlsx/xlsm file as a table, like readDelimitedTable: the first non-empty
 * row is the header (trimmed), the rest arrive in batches with their sheet row numbers (1-based) as
 * `lines`. Rows are padded with '' to the header's width; empty rows are skipped. Cell text follows
 * SheetRowScanner: numbers as stored, dates as Excel serial day numbers (days since 1899-12-30,
 * a time of day alone being a fraction below 1), booleans TRUE/FALSE. `encoding` is 'utf-8' and
 * `delimiter` '' (there is none). Throws FileRefusal naming the file for anything but a workbook,
 * and for a sheet name it does not have (listing those it has).
 */
export async function readXlsxTable(path: string, options: XlsxTableOptions = {}): Promise<TableReader> {
  const workbook = await openXlsxWorkbook(path)
  const sizeBytes = (await stat(path)).size
  const sheet =
    options.sheet === undefined
      ? workbook.sheets[0]
      : (workbook.sheets.find((s) => s.name === options.sheet) ?? workbook.sheets.find((s) => s.name.toLowerCase() === options.sheet?.toLowerCase()))
  if (sheet === undefined) {
    throw new FileRefusal(`${workbook.fileName}: no sheet named ${JSON.stringify(options.sheet)}; it has ${workbook.sheets.map((s) => JSON.stringify(s.name)).join(', ')}`)
  }
  const part = workbook.readPart(sheet.partPath)
  const scanner = new SheetRowScanner(part, workbook.sharedStrings)
  const rows = scanner.rows()
  const progress = (): number => (part.length === 0 ? sizeBytes : Math.round((sizeBytes * scanner.consumedBytes) / part.length))
  const isBlank = (row: SheetRow): boolean => row.cells.every((c) => c.trim() === '')

  let header: string[] = []
  let headerLine = 0
  for (let next = rows.next(); !next.done; next = rows.next()) {
    if (isBlank(next.value)) continue
    header = next.value.cells.map((c) => c.trim())
    headerLine = next.value.rowNumber
    break
  }
  const batchRows = options.batchRows ?? defaultBatchRows

  async function* batches(): AsyncGenerator<TableBatch> {
    let batch: TableBatch = { rows: [], lines: [], bytesRead: 0 }
    for (const row of rows) {
      if (isBlank(row)) continue
      while (row.cells.length < header.length) row.cells.push('')
      batch.rows.push(row.cells)
      batch.lines.push(row.rowNumber)
      if (batch.rows.length >= batchRows) {
        batch.bytesRead = progress()
        yield batch
        batch = { rows: [], lines: [], bytesRead: 0 }
      }
    }
    if (batch.rows.length > 0) yield { ...batch, bytesRead: sizeBytes }
  }

  return {
    header,
    headerLine,
    encoding: 'utf-8',
    delimiter: '',
    sizeBytes,
    batches: batches(),
    close: async () => {
      await rows.return(undefined)
    },
  }
}

/**
 * The header of a workbook's first worksheet (its first non-empty row), or [] for a file that is no
 * readable workbook: what detection needs of a spreadsheet, as probeFile reads a CSV's first line.
 */
export async function readXlsxHeader(path: string): Promise<string[]> {
  try {
    const table = await readXlsxTable(path)
    await table.close()
    return table.header
  } catch {
    return []
  }
}
