import { FieldError } from '../parseValues.js'
import type { FileProbe, SampleImporter, SampleImportContext } from '../importer.js'
import { readTable } from '../tabular/readTable.js'
import type { TableReader } from '../tabular/tableReader.js'
import { requirePosition, resolveDriveTestColumns, type DriveTestColumns } from './driveTestColumns.js'
import { createDriveTestRowReader } from './driveTestRowReader.js'
import { driveTestFieldOfHeader, normaliseHeader, radioMetricFields, type DriveTestField } from './driveTestSynonyms.js'
import { ColumnError } from './fieldReading.js'

const spreadsheetExtensions = new Set(['xlsx', 'xlsm'])

/**
 * Confidence that a table is a drive test, from its header's synonyms: 0.5 with a position and a
 * radio metric, 0.3 with a position only; below every specific format. A spreadsheet, whose header
 * the probe does not read, gets 0.1, and any other table 0.01, so that `--kind drivetest` or a
 * mapping still reaches this importer (which then names the columns it misses).
 */
export function detectDriveTestTable(probe: FileProbe): number {
  if (probe.header.length === 0) return spreadsheetExtensions.has(probe.extension) ? 0.1 : 0
  const fields = new Set<DriveTestField | undefined>(probe.header.map((h) => driveTestFieldOfHeader(normaliseHeader(h))))
  if (!fields.has('lon') || !fields.has('lat')) return 0.01
  return radioMetricFields.some((f) => fields.has(f)) ? 0.5 : 0.3
}

/**
 * Any drive-test table (CSV/TSV/semicolon/pipe text in UTF-8, UTF-16 or GB18030, or the first sheet
 * of an xlsx) whose columns are named by the synonym table (driveTestSynonyms.ts, English and
 * Chinese) or by the user's mapping. Longitude and latitude are required; everything else is optional.
 * Units: dBm/dB, throughput in Mbit/s unless the header states another unit (`DL_bitrate(kbps)`) or
 * the mapping scales it. Times: see parseDriveTestTime (a time of day alone is kept as ms since
 * midnight, with a warning). Altitude from `--altitude-m` (AGL) over an altitude column.
 */
export const genericDriveTestImporter: SampleImporter = {
  samplesOnly: true,
  format: 'generic-drivetest',
  kind: 'drivetest',
  description: 'Drive-test table with recognisable column names (CSV, TSV, xlsx)',
  detect: detectDriveTestTable,
  async run(context) {
    const table = await readTable(context.probe)
    try {
      const { fileName } = context.probe
      const resolved = resolveDriveTestColumns(table.header, context.options.mapping, fileName)
      requirePosition(resolved, table.header, fileName)
      resolved.remarks.forEach((r) => context.warn(r))
      const altitudeColumn = resolved.columns.altitudeM
      if (context.options.altitudeM !== undefined && altitudeColumn !== undefined) {
        context.warn(`altitude ${context.options.altitudeM} m AGL from --altitude-m is used; the column "${altitudeColumn.header}" is ignored`)
      }
      if (resolved.columns.time === undefined) context.warn('no time column: the samples have no time')
      return { rows: await importRows(context, table, resolved) }
    } finally {
      await table.close()
    }
  },
}

async function importRows(context: SampleImportContext, table: TableReader, resolved: DriveTestColumns): Promise<number> {
  const read = createDriveTestRowReader(resolved, {
    decimalComma: table.delimiter === ';',
    excelSerial: spreadsheetExtensions.has(context.probe.extension),
    timeFormat: context.options.mapping?.timeFormat,
    altitudeM: context.options.altitudeM,
  })
  const width = table.header.length
  const write = context.samples
  let rows = 0
  let withoutFix = 0
  let timeOfDayOnly = 0
  for await (const batch of table.batches) {
    batch.rows.forEach((row, k) => {
      const line = batch.lines[k] as number
      // Trailing empty fields (a trailing delimiter) are harmless; missing or extra values are not.
      if (row.length < width || (row.length > width && row.slice(width).some((f) => f.trim() !== ''))) {
        context.reject(line, '(row)', `expected ${width} fields, found ${row.length}`)
        return
      }
      try {
        const result = read(row)
        if ('noFix' in result) {
          withoutFix++
          return
        }
        result.sample.sourceLine = line
        write(result.sample)
        if (result.timeOfDayOnly) timeOfDayOnly++
        rows++
      } catch (error) {
        if (!(error instanceof FieldError)) throw error
        context.reject(line, error instanceof ColumnError ? error.field : '(row)', error.message)
      }
    })
    await context.checkpoint(batch.bytesRead)
  }
  if (withoutFix > 0) context.warn(`${withoutFix} rows without a position (no GPS fix) were skipped`)
  if (timeOfDayOnly > 0) context.warn(`${timeOfDayOnly} samples have a time of day without a date: their time_ms is milliseconds since midnight of an unknown day`)
  return rows
}
