import type { TextWriter } from './byteSink.js'
import type { ExportProgress } from './exportProgress.js'
import type { CsvView, ExportValue } from './exportTable.js'

/**
 * Writes a CSV (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or line break)
 * with a UTF-8 byte-order mark, so that Excel reads Chinese names right. Null is an empty field;
 * numbers are written in full precision. Returns the rows written.
 */
export async function writeCsv(view: CsvView, out: TextWriter, progress: ExportProgress): Promise<number> {
  out.write('\uFEFF')
  out.write(`${view.header.map(csvField).join(',')}\r\n`)
  let rows = 0
  for (const page of view.pages()) {
    for (const row of page) out.write(`${row.map(csvField).join(',')}\r\n`)
    rows += page.length
    await progress.advance(page.length, 'csv')
  }
  return rows
}

export function csvField(value: ExportValue): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
