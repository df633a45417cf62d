import { FieldError, isMissing, parseOptionalNumber } from '../parseValues.js'
import type { CellField } from './cellColumnSynonyms.js'
import { earfcnCarrier, maxKnownEarfcn } from './earfcnCarrier.js'
import { ColumnError, inColumn, optionalText, type NumberBounds } from './fieldReading.js'
import { nrArfcnCarrier } from './nrArfcnCarrier.js'
import type { ResolvedColumns } from './resolveColumns.js'
import type { SheetBeamSpec } from './sheetSsbBeams.js'
import type { CellRow } from './writeCellNetwork.js'

/** How one sheet is read: its columns, whether it writes decimal commas, and the mapping's scale factors. */
export interface GenericCellSheet {
  cols: ResolvedColumns<CellField>
  decimalComma: boolean
  scale: Readonly<Record<string, number>>
}

/** A reader of one row's fields by field name; every error names the file's header. */
class RowFields {
  constructor(
    private readonly fields: readonly string[],
    private readonly sheet: GenericCellSheet,
  ) {}

  text(field: CellField): string | null {
    const at = this.sheet.cols.index[field]
    return at < 0 ? null : optionalText(this.fields[at])
  }

  header(field: CellField): string {
    return this.sheet.cols.name[field]
  }

  unit(field: CellField): string {
    return (this.sheet.cols.unit[field] ?? '').toLowerCase()
  }

  /** A number (times the mapping's scale factor, then `factor`) within bounds; null when absent. */
  number(field: CellField, bounds: NumberBounds, factor = 1): number | null {
    return inColumn(this.header(field), () => {
      const raw = parseOptionalNumber(this.text(field) ?? undefined, { decimalComma: this.sheet.decimalComma })
      return raw === null ? null : checkBounds(raw * (this.sheet.scale[field] ?? 1) * factor, bounds)
    })
  }

  /** A list of numbers (`-45;-15;15;45`, `-45/-15/15/45`, or comma-separated unless commas are decimal). */
  list(field: CellField, bounds: NumberBounds): number[] | null {
    const text = this.text(field)
    if (text === null) return null
    const separators = this.sheet.decimalComma ? /[;|/\s]+/ : /[;,|/\s]+/
    return inColumn(this.header(field), () =>
      text.split(separators).filter((t) => t.length > 0).map((t) => checkBounds(parseOptionalNumber(t, { decimalComma: this.sheet.decimalComma }) ?? NaN, bounds)),
    )
  }
}

function checkBounds(value: number, bounds: NumberBounds): number {
  if (!Number.isFinite(value)) throw new FieldError('not a number')
  if (bounds.integer && !Number.isInteger(value)) throw new FieldError(`${value} is not a whole number`)
  if (value < bounds.min || value > bounds.max) throw new FieldError(`${value} is outside ${bounds.min}…${bounds.max}`)
  return value
}

/** `NR`, `LTE`, `UMTS`, `GSM` from the many ways sheets write them; other text upper-cased as given. */
export function normaliseTechnology(text: string): string {
  const t = text.trim().toUpperCase()
  if (/^(NR|5G|5GNR|NR SA|NR NSA|SA|NSA)$/.test(t) || t.startsWith('5G')) return 'NR'
  if (/^(LTE|4G|FDD|TDD|E-?UTRA|LTE-?FDD|LTE-?TDD|FDD-?LTE|TDD-?LTE|TD-?LTE)$/.test(t) || t.startsWith('4G')) return 'LTE'
  if (/^(UMTS|WCDMA|3G|TD-?SCDMA)$/.test(t)) return 'UMTS'
  if (/^(GSM|2G)$/.test(t)) return 'GSM'
  return t
}

/**
 * One row of a generic cell sheet as a CellRow. Key: the cell name, else the cell identity (with
 * `<mcc>-<mnc>-` when the sheet has them). Site: the site column, else the eNB of an LTE ECI, else one
 * site per position. Technology: the column, else inferred (an `n` band, an ARFCN above every
 * EARFCN, or SSB beams mean NR; an EARFCN means LTE).
 */
export function readGenericCellRow(fields: readonly string[], line: number, sheet: GenericCellSheet): CellRow {
  const row = new RowFields(fields, sheet)
  const lon = row.number('lon', { min: -180, max: 180 })
  const lat = row.number('lat', { min: -90, max: 90 })
  if (lon === null || lat === null) throw new ColumnError(row.header(lon === null ? 'lon' : 'lat'), 'no position')
  const beams = readBeams(row)
  const carrier = readCarrier(row, beams !== null)
  const identity = readIdentity(row, carrier.technology, lon, lat)
  const nr = carrier.technology === 'NR'
  // PCI: 0–503 in LTE (TS 36.211 §6.11), 0–1007 in NR (TS 38.211 §7.4.2.1).
  const pci = row.number('pci', { min: 0, max: nr || carrier.technology === null ? 1007 : 503, integer: true })
  const azimuthDeg = row.number('azimuthDeg', { min: 0, max: 360 })
  const powerInWatts = ['w', '瓦'].includes(row.unit('txPowerDbm'))
  const power = row.number('txPowerDbm', powerInWatts ? { min: 0.001, max: 10_000 } : { min: -30, max: 80 })
  return {
    line, ...identity, siteWeight: 1, lon, lat,
    given: {
      heightM: row.number('heightM', { min: 0, max: 1000 }),
      azimuthDeg: azimuthDeg === null ? null : azimuthDeg % 360,
      mechanicalTiltDeg: row.number('mechanicalTiltDeg', { min: -90, max: 90 }),
      electricalTiltDeg: row.number('electricalTiltDeg', { min: -90, max: 90 }),
      txPowerDbm: power === null || !powerInWatts ? power : Math.round(100 * (10 * Math.log10(power) + 30)) / 100,
      hBeamwidthDeg: row.number('hBeamwidthDeg', { min: 1, max: 360 }),
      vBeamwidthDeg: row.number('vBeamwidthDeg', { min: 1, max: 180 }),
    },
    pci, ...carrier.fields, beams,
  }
}

function readIdentity(row: RowFields, technology: string | null, lon: number, lat: number) {
  const cell = row.text('cell')
  const cellIdentity = row.text('cellIdentity')
  if (cell === null && cellIdentity === null) throw new ColumnError(row.header('cell'), 'no cell name or cell identity')
  const mcc = row.number('mcc', { min: 0, max: 999, integer: true })
  const mnc = row.number('mnc', { min: 0, max: 999, integer: true })
  const plmn = mcc === null || mnc === null ? null : `${String(mcc).padStart(3, '0')}-${String(mnc).padStart(2, '0')}`
  const name = cell ?? (plmn === null ? (cellIdentity as string) : `${plmn}-${cellIdentity}`)
  const eci = technology === 'LTE' && cellIdentity !== null && /^\d+$/.test(cellIdentity) ? Number(cellIdentity) : null
  const siteName =
    row.text('site') ??
    (eci !== null ? `${plmn === null ? '' : `${plmn} `}eNB ${Math.floor(eci / 256)}` : `site ${lat.toFixed(5)},${lon.toFixed(5)}`)
  return { keyField: row.header(cell === null ? 'cellIdentity' : 'cell'), name, label: cell, cellIdentity, technology, siteName }
}

function readCarrier(row: RowFields, hasBeams: boolean) {
  const band = row.text('band')
  const arfcn = row.number('arfcn', { min: 0, max: 3_279_165, integer: true })
  const techText = row.text('technology')
  const technology =
    techText !== null ? normaliseTechnology(techText)
      : band !== null && /^n\d+$/i.test(band) ? 'NR'
        : (arfcn !== null && arfcn > maxKnownEarfcn) || hasBeams ? 'NR'
          : arfcn !== null || (band !== null && /^(b|band)?\s*\d+$/i.test(band)) ? 'LTE' : null
  const derived = arfcn === null ? undefined : technology === 'NR' ? nrArfcnCarrier(arfcn) : earfcnCarrier(arfcn)
  const fcUnit = row.unit('fcMhz')
  const bandwidthUnit = row.unit('bandwidthMhz')
  return {
    technology,
    fields: {
      arfcn, band: band ?? derived?.band ?? null,
      fcMhz: row.number('fcMhz', { min: 1, max: 100_000 }, fcUnit === 'ghz' ? 1000 : fcUnit === 'khz' ? 0.001 : 1) ?? derived?.fcMhz ?? null,
      bandwidthMhz: row.number('bandwidthMhz', { min: 0.1, max: 2000 }, bandwidthUnit === 'khz' ? 0.001 : 1),
      // Numerologies μ = 0…4 (TS 38.211 §4.2): 15 · 2^μ kHz.
      scsKhz: inColumn(row.header('scsKhz'), () => checkScs(row.number('scsKhz', { min: 15, max: 240, integer: true }))),
      tddPattern: row.text('tddPattern'),
    },
  }
}

function checkScs(scsKhz: number | null): number | null {
  if (scsKhz !== null && ![15, 30, 60, 120, 240].includes(scsKhz)) throw new FieldError(`${scsKhz} kHz is not an NR subcarrier spacing (15, 30, 60, 120, 240)`)
  return scsKhz
}

/** Beam settings, or null when the row gives neither a beam count nor offsets. L_max ≤ 64 (TS 38.213 §4.1). */
function readBeams(row: RowFields): SheetBeamSpec | null {
  const count = row.number('beamCount', { min: 0, max: 64, integer: true })
  const azimuthOffsetsDeg = row.list('beamAzimuthOffsetsDeg', { min: -180, max: 180 })
  if ((count === null || count === 0) && azimuthOffsetsDeg === null) return null
  const beamTotal = count ?? (azimuthOffsetsDeg as number[]).length
  if (azimuthOffsetsDeg !== null && azimuthOffsetsDeg.length !== beamTotal) {
    throw new ColumnError(row.header('beamAzimuthOffsetsDeg'), `${azimuthOffsetsDeg.length} offsets for ${beamTotal} beams`)
  }
  const elevationsDeg = row.list('beamElevationsDeg', { min: -90, max: 90 })
  if (elevationsDeg !== null && elevationsDeg.length !== 1 && elevationsDeg.length !== beamTotal) {
    throw new ColumnError(row.header('beamElevationsDeg'), `${elevationsDeg.length} elevations for ${beamTotal} beams (give one, or one per beam)`)
  }
  return {
    count: beamTotal, azimuthOffsetsDeg, elevationsDeg,
    hBeamwidthDeg: row.number('beamHBeamwidthDeg', { min: 1, max: 360 }),
    vBeamwidthDeg: row.number('beamVBeamwidthDeg', { min: 1, max: 180 }),
    gainDbi: row.number('beamGainDbi', { min: -20, max: 60 }),
  }
}

/** Whether a text is empty for a sheet (used by detection of all-empty rows). */
export const isBlankRow = (fields: readonly string[]): boolean => fields.every((f) => isMissing(f))
