import type { SampleRecord } from '../../db/samplesTable.js'
import { FieldError, measurementRanges, parseOptionalNumber, parseCoordinate } from '../parseValues.js'
import type { DriveTestColumn, DriveTestColumns } from './driveTestColumns.js'
import type { DriveTestField } from './driveTestSynonyms.js'
import { ColumnError, optionalText } from './fieldReading.js'
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
const anyValue = { min: -Infinity, max: Infinity }

/** Where a numeric field is read from: column index (−1 when absent), scale, accepted range and header for messages. */
interface NumberSource {
  index: number
  scale: number
  min: number
  max: number
  header: string
}

const numberSource = (column: DriveTestColumn | undefined, range = anyValue): NumberSource =>
  column === undefined
    ? { index: -1, scale: 1, min: range.min, max: range.max, header: '' }
    : { index: column.index, scale: column.scale, min: range.min, max: range.max, header: column.header }

/**
 * Reads one row of a generic drive-test table into a sample. A value that is not a number throws
 * ColumnError naming its column; a measurement outside the 3GPP reporting range reads as missing (a
 * placeholder, as parseMeasurement does); a row without a position (or at 0,0) gives `noFix`.
 *
 * This runs once per row of files with tens of millions of rows, so the columns are resolved once
 * here and the row function keeps one try/catch, tracking which column it is reading, instead of a
 * closure per field.
 */
export function createDriveTestRowReader(resolved: DriveTestColumns, options: DriveTestRowOptions): (row: readonly string[]) => DriveTestRow {
  const { columns } = resolved
  const decimalComma = options.decimalComma
  const source = (field: DriveTestField, range?: { min: number; max: number }): NumberSource => numberSource(columns[field], range)
  const lon = source('lon')
  const lat = source('lat')
  const time = columns.time
  const timeOptions = { timeFormat: options.timeFormat, excelSerial: options.excelSerial }
  const pci = source('pci', pciRange)
  const altitude = options.altitudeM === undefined ? source('altitudeM') : numberSource(undefined)
  const rsrp = source('rsrpDbm', measurementRanges.rsrpDbm)
  const rsrq = source('rsrqDb', measurementRanges.rsrqDb)
  const sinr = source('sinrDb', measurementRanges.sinrDb)
  const cqi = source('cqi', measurementRanges.cqi)
  const rssi = source('rssiDbm', measurementRanges.rssiDbm)
  const pathLoss = source('pathLossDb', measurementRanges.pathLossDb)
  const dl = source('dlMbps')
  const ul = source('ulMbps')
  const speed = source('speedKmh')
  const technology = columns.technology?.index ?? -1
  const cellIdentity = columns.cellIdentity?.index ?? -1
  const fixedAltitudeRef = options.altitudeM !== undefined ? 'AGL' : null

  let current = ''
  const text = (row: readonly string[], s: NumberSource): string | undefined => {
    const t = row[s.index]
    return decimalComma && t !== undefined ? t.replace(',', '.') : t
  }
  /** The scaled value, or null when missing or outside the field's range (a placeholder). */
  const number = (row: readonly string[], s: NumberSource): number | null => {
    if (s.index < 0) return null
    current = s.header
    const value = parseOptionalNumber(text(row, s))
    if (value === null) return null
    const scaled = s.scale === 1 ? value : value * s.scale
    return scaled < s.min || scaled > s.max ? null : scaled
  }
  const nonNegative = (row: readonly string[], s: NumberSource): number | null => {
    const value = number(row, s)
    if (value !== null && value < 0) throw new FieldError(`negative value ${value}`)
    return value
  }

  return (row) => {
    try {
      current = lon.header
      const x = parseCoordinate(text(row, lon), 'lon')
      current = lat.header
      const y = parseCoordinate(text(row, lat), 'lat')
      if (x === null || y === null || (x === 0 && y === 0)) return { noFix: true }
      current = time?.header ?? 'time'
      const t = time === undefined ? null : parseDriveTestTime(row[time.index], timeOptions)
      const p = number(row, pci)
      if (p !== null && !Number.isInteger(p)) throw new FieldError(`PCI ${p} is not a whole number`)
      const columnAltitude = number(row, altitude)
      const sample: SampleRecord = {
        timeMs: t?.timeMs ?? null,
        lon: x,
        lat: y,
        altitudeM: options.altitudeM ?? columnAltitude,
        altitudeRef: fixedAltitudeRef ?? (columnAltitude === null ? null : resolved.altitudeRef),
        cellId: null,
        pci: p,
        rsrpDbm: number(row, rsrp),
        rsrqDb: number(row, rsrq),
        sinrDb: number(row, sinr),
        cqi: number(row, cqi),
        dlMbps: nonNegative(row, dl),
        ulMbps: nonNegative(row, ul),
        technology: technology < 0 ? null : optionalText(row[technology]),
        cellIdentity: cellIdentity < 0 ? null : optionalText(row[cellIdentity]),
        rssiDbm: number(row, rssi),
        pathLossDb: number(row, pathLoss),
        speedKmh: nonNegative(row, speed),
      }
      return { sample, timeOfDayOnly: t?.timeOfDayOnly ?? false }
    } catch (error) {
      if (error instanceof FieldError && !(error instanceof ColumnError)) throw new ColumnError(current, error.message)
      throw error
    }
  }
}
