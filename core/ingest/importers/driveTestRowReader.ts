import type { SampleRecord } from '../../db/samplesTable.js'
import { measurementRanges, parseCoordinate, parseOptionalNumber } from '../parseValues.js'
import type { DriveTestColumns } from './driveTestColumns.js'
import type { DriveTestField } from './driveTestSynonyms.js'
import { ColumnError, inColumn, optionalText } from './fieldReading.js'
import { parseDriveTestTime } from './parseDriveTestTime.js'

export interface DriveTestRowOptions {
  /** Semicolon-separated files write decimals with a comma. */
  decimalComma: boolean
  /** Cells come from a spreadsheet, so bare numbers in the time column may be Excel dates. */
  excelSerial: boolean
  timeFormat?: string
  /** `--altitude-m`: every sample at this height AGL, over any altitude column. */
  altitudeM?: number
}

/** A stored sample, or why the row gave none. */
export type DriveTestRow = { sample: SampleRecord; timeOfDayOnly: boolean } | { noFix: true }

/** NR PCIs are 0–1007 (TS 38.211 §7.4.2.1); LTE's 0–503 lie within. */
const pciRange = { min: 0, max: 1007 }

/**
 * Reads one row of a generic drive-test table into a sample. A value that is not a number throws
 * ColumnError naming its column; a measurement outside the 3GPP reporting range reads as missing (a
 * placeholder, as parseMeasurement does); a row without a position (or at 0,0) gives `noFix`.
 */
export function createDriveTestRowReader(resolved: DriveTestColumns, options: DriveTestRowOptions): (row: readonly string[]) => DriveTestRow {
  const { columns } = resolved
  const text = (row: readonly string[], field: DriveTestField): string | undefined => {
    const column = columns[field]
    return column === undefined ? undefined : row[column.index]
  }
  const decimal = (t: string | undefined): string | undefined => (options.decimalComma && t !== undefined ? t.replace(',', '.') : t)
  const number = (row: readonly string[], field: DriveTestField, range?: { min: number; max: number }): number | null => {
    const column = columns[field]
    if (column === undefined) return null
    return inColumn(column.header, () => {
      const value = parseOptionalNumber(decimal(row[column.index]))
      if (value === null) return null
      const scaled = value * column.scale
      return range !== undefined && (scaled < range.min || scaled > range.max) ? null : scaled
    })
  }
  const coordinate = (row: readonly string[], field: 'lon' | 'lat'): number | null =>
    inColumn(columns[field]?.header ?? field, () => parseCoordinate(decimal(text(row, field)), field))
  const nonNegative = (row: readonly string[], field: 'dlMbps' | 'ulMbps' | 'speedKmh'): number | null => {
    const value = number(row, field)
    if (value !== null && value < 0) throw new ColumnError(columns[field]?.header ?? field, `negative value ${value}`)
    return value
  }

  return (row) => {
    const lon = coordinate(row, 'lon')
    const lat = coordinate(row, 'lat')
    if (lon === null || lat === null || (lon === 0 && lat === 0)) return { noFix: true }
    const time = inColumn(columns.time?.header ?? 'time', () => parseDriveTestTime(text(row, 'time'), { timeFormat: options.timeFormat, excelSerial: options.excelSerial }))
    const pci = number(row, 'pci', pciRange)
    if (pci !== null && !Number.isInteger(pci)) throw new ColumnError(columns.pci?.header ?? 'pci', `PCI ${pci} is not a whole number`)
    const columnAltitude = options.altitudeM === undefined ? number(row, 'altitudeM') : null
    const sample: SampleRecord = {
      timeMs: time?.timeMs ?? null,
      lon,
      lat,
      altitudeM: options.altitudeM ?? columnAltitude,
      altitudeRef: options.altitudeM !== undefined ? 'AGL' : columnAltitude === null ? null : resolved.altitudeRef,
      cellId: null,
      pci,
      rsrpDbm: number(row, 'rsrpDbm', measurementRanges.rsrpDbm),
      rsrqDb: number(row, 'rsrqDb', measurementRanges.rsrqDb),
      sinrDb: number(row, 'sinrDb', measurementRanges.sinrDb),
      cqi: number(row, 'cqi', measurementRanges.cqi),
      dlMbps: nonNegative(row, 'dlMbps'),
      ulMbps: nonNegative(row, 'ulMbps'),
      technology: optionalText(text(row, 'technology')),
      cellIdentity: optionalText(text(row, 'cellIdentity')),
      rssiDbm: number(row, 'rssiDbm', measurementRanges.rssiDbm),
      pathLossDb: number(row, 'pathLossDb', measurementRanges.pathLossDb),
      speedKmh: nonNegative(row, 'speedKmh'),
    }
    return { sample, timeOfDayOnly: time?.timeOfDayOnly ?? false }
  }
}
