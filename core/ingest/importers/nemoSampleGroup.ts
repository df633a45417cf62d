import type { NeighbourRecord, SampleRecord } from '../../db/samplesTable.js'
import { isMissing, measurementRanges, parseCoordinate, parseMeasurement } from '../parseValues.js'
import { inColumn, parseBoundedNumber } from './fieldReading.js'
import type { NemoCellColumns, NemoLayout } from './nemoLayout.js'

/** One cell's values from a Nemo row. */
export interface NemoCellValues {
  pci: number | null
  rsrpDbm: number | null
  rsrqDb: number | null
  rssiDbm: number | null
  pathLossDb: number | null
}

/** What one physical row carries; Nemo spreads a sample over several rows, each holding a part. */
export interface NemoRowValues {
  lat: number | null
  lon: number | null
  /** The serving cell's identity; null for an explicit `n/a`, undefined when the row says nothing. */
  cellIdentification: string | null | undefined
  pcell: NemoCellValues | null
  snrDb: number | null
  neighbours: NeighbourRecord[] | null
}

/** LTE PCIs are 0–503 (TS 36.211 §6.11). */
const maxLtePci = 503

const readPci = (text: string | undefined): number | null => parseBoundedNumber(text, { min: 0, max: maxLtePci, integer: true })

function readCell(row: readonly string[], header: readonly string[], columns: NemoCellColumns): NemoCellValues | null {
  const text = (i: number): string | undefined => (i < 0 ? undefined : row[i])
  const name = (i: number): string => header[i] ?? '(column)'
  const values: NemoCellValues = {
    pci: inColumn(name(columns.pci), () => readPci(text(columns.pci))),
    rsrpDbm: inColumn(name(columns.rsrp), () => parseMeasurement(text(columns.rsrp), measurementRanges.rsrpDbm)),
    rsrqDb: inColumn(name(columns.rsrq), () => parseMeasurement(text(columns.rsrq), measurementRanges.rsrqDb)),
    rssiDbm: inColumn(name(columns.rssi), () => parseMeasurement(text(columns.rssi), measurementRanges.rssiDbm)),
    pathLossDb: inColumn(name(columns.pathLoss), () => parseMeasurement(text(columns.pathLoss), measurementRanges.pathLossDb)),
  }
  return Object.values(values).every((v) => v === null) ? null : values
}

/** Reads the parts of a sample one row holds; throws ColumnError naming the column of a bad value. */
export function readNemoRow(row: readonly string[], header: readonly string[], layout: NemoLayout): NemoRowValues {
  const cellText = layout.cellIdentification < 0 ? undefined : row[layout.cellIdentification]
  const neighbours: NeighbourRecord[] = []
  for (const slot of layout.neighbours) {
    const values = readCell(row, header, slot)
    if (values !== null) neighbours.push({ ...values, cellIdentity: null })
  }
  return {
    lat: inColumn('Latitude', () => parseCoordinate(row[layout.lat], 'lat')),
    lon: inColumn('Longitude', () => parseCoordinate(row[layout.lon], 'lon')),
    cellIdentification: cellText === undefined || cellText.trim() === '' ? undefined : isMissing(cellText) ? null : cellText.trim(),
    pcell: readCell(row, header, layout.pcell),
    snrDb: layout.snr < 0 ? null : inColumn(header[layout.snr] ?? 'RS SNR', () => parseMeasurement(row[layout.snr], measurementRanges.sinrDb)),
    neighbours: neighbours.length > 0 ? neighbours : null,
  }
}

/**
 * The rows of one logical sample (consecutive rows with the same `Time`), merged: position and SNR
 * take the first value given; the serving-cell block and the neighbour list are each taken whole
 * from the first row that has them, so that values of different measurement rounds never mix.
 */
export class NemoSampleGroup {
  lat: number | null = null
  lon: number | null = null
  cellIdentification: string | null | undefined = undefined
  pcell: NemoCellValues | null = null
  snrDb: number | null = null
  neighbours: NeighbourRecord[] | null = null

  constructor(
    readonly timeText: string,
    readonly timeMs: number,
    readonly firstLine: number,
  ) {}

  add(values: NemoRowValues): void {
    this.lat ??= values.lat
    this.lon ??= values.lon
    if (this.cellIdentification === undefined) this.cellIdentification = values.cellIdentification
    this.pcell ??= values.pcell
    this.snrDb ??= values.snrDb
    this.neighbours ??= values.neighbours
  }

  /** The merged sample (the caller checked it has a position); LTE, altitude AGL, source line of its first row. */
  toSample(altitudeM: number, cellIdentity: string | null): SampleRecord {
    const p = this.pcell
    return {
      timeMs: this.timeMs, lon: this.lon as number, lat: this.lat as number, altitudeM, altitudeRef: 'AGL', cellId: null, pci: p?.pci ?? null,
      rsrpDbm: p?.rsrpDbm ?? null, rsrqDb: p?.rsrqDb ?? null, sinrDb: this.snrDb, cqi: null, dlMbps: null, ulMbps: null, technology: 'LTE',
      cellIdentity, rssiDbm: p?.rssiDbm ?? null, pathLossDb: p?.pathLossDb ?? null, speedKmh: null, sourceLine: this.firstLine,
    }
  }
}
